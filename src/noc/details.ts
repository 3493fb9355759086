/** Everything known about one NOC 2021 unit group, gathered from the bundled data. */
import { bundledCategorySets } from '../data/categories.js';
import { concordanceTo2021, hierarchy, requireUnitGroup, type UnitGroup } from '../data/noc.js';

/** One unit group with all it is known by: what `ee noc show` and `GET /api/noc/{code}` return. */
export interface UnitGroupDetails {
  readonly unitGroup: UnitGroup;
  readonly hierarchy: ReturnType<typeof hierarchy>;
  /** Per bundled category set, the categories whose list names this unit group. */
  readonly categories: readonly {
    readonly year: number;
    readonly listedIn: readonly { id: string; version: string; name: string; nameFr: string }[];
  }[];
  readonly noc2016: ReturnType<typeof concordanceTo2021>;
}

/**
 * The unit group, its hierarchy, the categories that list it in each bundled year and its NOC 2016 codes.
 * @throws InputError (noc.unknown) for a code that is not a NOC 2021 unit group.
 */
export function unitGroupDetails(code: string): UnitGroupDetails {
  const unitGroup = requireUnitGroup(code);
  return {
    unitGroup,
    hierarchy: hierarchy(unitGroup.code),
    categories: bundledCategorySets().map((set) => ({
      year: set.year,
      listedIn: set.categories
        .filter((category) => category.occupations.some((occupation) => occupation.noc === unitGroup.code))
        .map(({ id, version, name, nameFr }) => ({ id, version, name, nameFr })),
    })),
    noc2016: concordanceTo2021(unitGroup.code),
  };
}
