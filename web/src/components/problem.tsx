/** An API refusal in words: its detail and, for invalid input, each field with what it expects. */
import { ApiError } from '../api';
import { useI18n } from '../i18n';

export function ProblemView({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <div className="problem" role="alert">
      <p>
        <strong>{problem ? problem.title : t('error.title')}</strong>{' '}
        {problem ? problem.detail : error instanceof Error ? error.message : String(error)}
      </p>
      {problem?.errors?.length ? (
        <ul>
          {problem.errors.map((issue) => (
            <li key={`${issue.path}:${issue.expected}`}>
              <code>{issue.path}</code>: {t('error.expected', { expected: issue.expected })}
              {issue.value !== undefined
                ? ` (${t('error.got', { value: JSON.stringify(issue.value) })})`
                : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
