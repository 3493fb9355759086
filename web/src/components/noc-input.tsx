/**
 * A job title box that suggests NOC 2021 unit groups as you type (GET /api/noc/search), in the
 * ARIA combobox pattern: arrows move through the suggestions, Enter picks, Escape closes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';

export interface NocHit {
  readonly code: string;
  readonly title: string;
  readonly teer: number;
  readonly matchedExamples: readonly string[];
}

export function NocInput({
  label,
  value,
  onChange,
  onPick,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly onPick: (hit: NocHit) => void;
}) {
  const { lang, t } = useI18n();
  const id = useId();
  const [hits, setHits] = useState<readonly NocHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      api<NocHit[]>('GET', '/api/noc/search', { query: { q: value.trim(), lang, limit: 6 } })
        .then((found) => {
          if (cancelled) return;
          setHits(found);
          setActive(-1);
          setOpen(found.length > 0);
        })
        .catch(() => setHits([]));
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value, lang]);

  const pick = (hit: NocHit) => {
    typed.current = false;
    onPick(hit);
    setOpen(false);
  };

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && active >= 0 ? `${id}-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => {
          typed.current = true;
          onChange(event.target.value);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && hits.length > 0) {
            event.preventDefault();
            setOpen(true);
            setActive((at) => (at + 1) % hits.length);
          } else if (event.key === 'ArrowUp' && hits.length > 0) {
            event.preventDefault();
            setActive((at) => (at <= 0 ? hits.length - 1 : at - 1));
          } else if (event.key === 'Enter' && open && active >= 0) {
            event.preventDefault();
            const hit = hits[active];
            if (hit) pick(hit);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <small id={`${id}-hint`} className="hint">
        {t('noc.autocomplete-hint')}
      </small>
      <div id={`${id}-list`} role="listbox" className="suggestions" hidden={!open} aria-label={label}>
        {hits.map((hit, index) => (
          <div
            key={hit.code}
            id={`${id}-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(hit);
            }}
          >
            <span className="code">{hit.code}</span> {hit.title}{' '}
            <span className="muted">TEER {hit.teer}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
