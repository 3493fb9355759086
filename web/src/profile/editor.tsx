/** The guided profile form: one fieldset per part of docs/profile-format.md. */
import type { ReactNode } from 'react';
import { CheckField, SelectField, TextField } from '../components/fields';
import { NocInput } from '../components/noc-input';
import { educationLabel, type UiKey, useI18n } from '../i18n';
import {
  ABILITIES,
  EDUCATION_LEVELS,
  type EducationForm,
  emptyEducation,
  emptyJob,
  emptyLanguageTest,
  type JobForm,
  LANGUAGE_TESTS,
  type LanguageTestForm,
  MARITAL_STATUSES,
  PROVINCES,
  type ProfileForm,
  type SpouseForm,
  WITH_PARTNER,
} from './model';

type Update<T> = (next: T) => void;

function ListEditor<T>({
  legend,
  items,
  onChange,
  create,
  addLabel,
  removeLabel,
  render,
  empty,
}: {
  readonly legend: string;
  readonly items: readonly T[];
  readonly onChange: Update<T[]>;
  readonly create: () => T;
  readonly addLabel: string;
  readonly removeLabel: (index: number) => string;
  readonly render: (item: T, update: Update<T>, index: number) => ReactNode;
  readonly empty: string;
}) {
  return (
    <fieldset className="list">
      <legend>{legend}</legend>
      {items.length === 0 ? <p className="muted">{empty}</p> : null}
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
        <div className="row-card" key={index}>
          <div className="grid">
            {render(item, (next) => onChange(items.map((old, at) => (at === index ? next : old))), index)}
          </div>
          <button
            type="button"
            className="link danger"
            onClick={() => onChange(items.filter((_, at) => at !== index))}
          >
            {removeLabel(index)}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...items, create()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

function LanguageTests({
  items,
  onChange,
  legend,
}: {
  readonly items: LanguageTestForm[];
  readonly onChange: Update<LanguageTestForm[]>;
  readonly legend: string;
}) {
  const { t } = useI18n();
  return (
    <ListEditor
      legend={legend}
      items={items}
      onChange={onChange}
      create={emptyLanguageTest}
      addLabel={t('form.test.add')}
      removeLabel={(index) => t('form.test.remove', { n: index + 1 })}
      empty={t('form.test.none')}
      render={(test, update) => (
        <>
          <SelectField
            label={t('form.test.test')}
            value={test.test}
            options={LANGUAGE_TESTS.map((name) => ({ value: name, label: name }))}
            onChange={(value) => update({ ...test, test: value })}
          />
          <TextField
            label={t('form.test.date')}
            type="date"
            value={test.date}
            onChange={(value) => update({ ...test, date: value })}
          />
          {ABILITIES.map((ability) => (
            <TextField
              key={ability}
              className="narrow"
              label={t(`form.ability.${ability}` as UiKey)}
              inputMode="decimal"
              value={test[ability]}
              onChange={(value) => update({ ...test, [ability]: value })}
            />
          ))}
        </>
      )}
    />
  );
}

function Education({
  items,
  onChange,
  legend,
}: {
  readonly items: EducationForm[];
  readonly onChange: Update<EducationForm[]>;
  readonly legend: string;
}) {
  const { lang, t } = useI18n();
  return (
    <ListEditor
      legend={legend}
      items={items}
      onChange={onChange}
      create={emptyEducation}
      addLabel={t('form.education.add')}
      removeLabel={(index) => t('form.education.remove', { n: index + 1 })}
      empty={t('form.education.none')}
      render={(entry, update) => (
        <>
          <SelectField
            className="wide"
            label={t('form.education.level')}
            value={entry.level}
            options={EDUCATION_LEVELS.map((level) => ({ value: level, label: educationLabel(lang, level) }))}
            onChange={(value) => update({ ...entry, level: value })}
          />
          <TextField
            className="narrow"
            label={t('form.education.length')}
            inputMode="decimal"
            value={entry.lengthYears}
            onChange={(value) => update({ ...entry, lengthYears: value })}
          />
          <TextField
            label={t('form.education.completed')}
            type="date"
            value={entry.completed}
            onChange={(value) => update({ ...entry, completed: value })}
          />
          <CheckField
            label={t('form.education.canadian')}
            checked={entry.canadian}
            onChange={(value) => update({ ...entry, canadian: value })}
          />
          <CheckField
            label={t('form.education.eca')}
            checked={entry.eca}
            onChange={(value) => update({ ...entry, eca: value })}
          />
        </>
      )}
    />
  );
}

function Work({
  items,
  onChange,
  legend,
}: {
  readonly items: JobForm[];
  readonly onChange: Update<JobForm[]>;
  readonly legend: string;
}) {
  const { t } = useI18n();
  return (
    <ListEditor
      legend={legend}
      items={items}
      onChange={onChange}
      create={emptyJob}
      addLabel={t('form.work.add')}
      removeLabel={(index) => t('form.work.remove', { n: index + 1 })}
      empty={t('form.work.none')}
      render={(job, update) => (
        <>
          <NocInput
            label={t('form.work.title')}
            value={job.title}
            onChange={(value) => update({ ...job, title: value })}
            onPick={(hit) =>
              update({ ...job, noc: hit.code, title: job.title.trim() ? job.title : hit.title })
            }
          />
          <TextField
            className="narrow"
            label={t('form.work.noc')}
            inputMode="numeric"
            pattern="\d{5}"
            maxLength={5}
            value={job.noc}
            onChange={(value) => update({ ...job, noc: value })}
          />
          <TextField
            className="narrow"
            label={t('form.work.country')}
            hint={t('form.work.country-hint')}
            maxLength={2}
            value={job.country}
            onChange={(value) => update({ ...job, country: value.toUpperCase() })}
          />
          <TextField
            label={t('form.work.start')}
            type="date"
            value={job.start}
            onChange={(value) => update({ ...job, start: value })}
          />
          <TextField
            label={t('form.work.end')}
            hint={t('form.work.end-hint')}
            type="date"
            value={job.end}
            onChange={(value) => update({ ...job, end: value })}
          />
          <TextField
            className="narrow"
            label={t('form.work.hours')}
            inputMode="decimal"
            value={job.hoursPerWeek}
            onChange={(value) => update({ ...job, hoursPerWeek: value })}
          />
          <CheckField
            label={t('form.work.self-employed')}
            checked={job.selfEmployed}
            onChange={(value) => update({ ...job, selfEmployed: value })}
          />
        </>
      )}
    />
  );
}

function Spouse({
  spouse,
  onChange,
}: {
  readonly spouse: SpouseForm;
  readonly onChange: Update<SpouseForm>;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('form.spouse')}</legend>
      <div className="grid">
        <CheckField
          label={t('form.spouse.accompanying')}
          checked={spouse.accompanying}
          onChange={(value) => onChange({ ...spouse, accompanying: value })}
        />
        <CheckField
          label={t('form.spouse.citizen')}
          checked={spouse.canadianCitizenOrPR}
          onChange={(value) => onChange({ ...spouse, canadianCitizenOrPR: value })}
        />
        <TextField
          label={t('form.spouse.birth-date')}
          hint={t('form.spouse.birth-date-hint')}
          type="date"
          value={spouse.birthDate}
          onChange={(value) => onChange({ ...spouse, birthDate: value })}
        />
      </div>
      <LanguageTests
        legend={t('form.spouse.tests')}
        items={spouse.languageTests}
        onChange={(value) => onChange({ ...spouse, languageTests: value })}
      />
      <Education
        legend={t('form.spouse.education')}
        items={spouse.education}
        onChange={(value) => onChange({ ...spouse, education: value })}
      />
      <Work
        legend={t('form.spouse.work')}
        items={spouse.work}
        onChange={(value) => onChange({ ...spouse, work: value })}
      />
    </fieldset>
  );
}

export function ProfileEditor({
  form,
  onChange,
}: {
  readonly form: ProfileForm;
  readonly onChange: Update<ProfileForm>;
}) {
  const { t } = useI18n();
  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) =>
    onChange({ ...form, [key]: value });
  const provinces = PROVINCES.map((province) => ({ value: province, label: province }));
  return (
    <>
      <fieldset>
        <legend>{t('form.about')}</legend>
        <div className="grid">
          <TextField
            label={t('form.birth-date')}
            type="date"
            name="birthDate"
            required
            value={form.birthDate}
            onChange={(value) => set('birthDate', value)}
          />
          <SelectField
            label={t('form.marital-status')}
            name="maritalStatus"
            value={form.maritalStatus}
            options={MARITAL_STATUSES.map((status) => ({
              value: status,
              label: t(`marital.${status}` as UiKey),
            }))}
            onChange={(value) => set('maritalStatus', value)}
          />
          <SelectField
            label={t('form.first-language')}
            value={form.firstOfficialLanguage}
            options={[
              { value: '', label: t('form.first-language.auto') },
              { value: 'en', label: t('form.first-language.en') },
              { value: 'fr', label: t('form.first-language.fr') },
            ]}
            onChange={(value) => set('firstOfficialLanguage', value)}
          />
        </div>
      </fieldset>
      <LanguageTests
        legend={t('form.tests')}
        items={form.languageTests}
        onChange={(value) => set('languageTests', value)}
      />
      <Education
        legend={t('form.education')}
        items={form.education}
        onChange={(value) => set('education', value)}
      />
      <Work legend={t('form.work')} items={form.work} onChange={(value) => set('work', value)} />
      {WITH_PARTNER.includes(form.maritalStatus) ? (
        <Spouse spouse={form.spouse} onChange={(value) => set('spouse', value)} />
      ) : null}
      <fieldset>
        <legend>{t('form.extras')}</legend>
        <div className="grid">
          <CheckField
            label={t('form.nomination')}
            checked={form.nomination.has}
            onChange={(value) => set('nomination', { ...form.nomination, has: value })}
          />
          {form.nomination.has ? (
            <>
              <SelectField
                className="narrow"
                label={t('form.province')}
                value={form.nomination.province}
                options={provinces}
                onChange={(value) => set('nomination', { ...form.nomination, province: value })}
              />
              <TextField
                label={t('form.issued')}
                type="date"
                value={form.nomination.issued}
                onChange={(value) => set('nomination', { ...form.nomination, issued: value })}
              />
            </>
          ) : null}
        </div>
        <div className="grid">
          <CheckField
            label={t('form.job-offer')}
            checked={form.jobOffer.has}
            onChange={(value) => set('jobOffer', { ...form.jobOffer, has: value })}
          />
          {form.jobOffer.has ? (
            <>
              <TextField
                className="narrow"
                label={t('form.work.noc')}
                inputMode="numeric"
                maxLength={5}
                value={form.jobOffer.noc}
                onChange={(value) => set('jobOffer', { ...form.jobOffer, noc: value })}
              />
              <CheckField
                label={t('form.job-offer.lmia')}
                checked={form.jobOffer.lmia}
                onChange={(value) => set('jobOffer', { ...form.jobOffer, lmia: value })}
              />
            </>
          ) : null}
        </div>
        <div className="grid">
          <CheckField
            label={t('form.certificate')}
            checked={form.certificate.has}
            onChange={(value) => set('certificate', { ...form.certificate, has: value })}
          />
          {form.certificate.has ? (
            <>
              <SelectField
                className="narrow"
                label={t('form.province')}
                value={form.certificate.province}
                options={provinces}
                onChange={(value) => set('certificate', { ...form.certificate, province: value })}
              />
              <TextField
                className="narrow"
                label={t('form.certificate.trade')}
                inputMode="numeric"
                maxLength={5}
                value={form.certificate.trade}
                onChange={(value) => set('certificate', { ...form.certificate, trade: value })}
              />
              <TextField
                label={t('form.issued')}
                type="date"
                value={form.certificate.issued}
                onChange={(value) => set('certificate', { ...form.certificate, issued: value })}
              />
            </>
          ) : null}
        </div>
        <div className="grid">
          <CheckField
            label={t('form.sibling')}
            checked={form.siblingInCanada}
            onChange={(value) => set('siblingInCanada', value)}
          />
          <TextField
            label={t('form.funds')}
            inputMode="decimal"
            name="funds"
            value={form.funds}
            onChange={(value) => set('funds', value)}
          />
          <TextField
            className="narrow"
            label={t('form.family-size')}
            hint={t('form.family-size-hint')}
            inputMode="numeric"
            value={form.familySize}
            onChange={(value) => set('familySize', value)}
          />
        </div>
      </fieldset>
    </>
  );
}
