import { useEffect, useState, type DependencyList } from 'react';
import { lint, progress, status } from '../../excel/functions/functions';

/** Try the custom functions without Excel: the same code =OKR.PROGRESS, =OKR.STATUS and =OKR.LINT run. */
export function FunctionsPlayground() {
  const [start, setStart] = useState('0');
  const [target, setTarget] = useState('100');
  const [current, setCurrent] = useState('40');
  const [kind, setKind] = useState('increase');
  const [cycleStart, setCycleStart] = useState(`${new Date().getFullYear()}-01-01`);
  const [cycleEnd, setCycleEnd] = useState(`${new Date().getFullYear()}-12-31`);
  const [text, setText] = useState('Launch the new website');
  const [language, setLanguage] = useState('en');
  const [s, t, c] = [Number(start), Number(target), Number(current)];
  // Every function answers asynchronously (the core's rules and the coaching engine load on first
  // use), as Excel runs them.
  const progressed = useAnswer(() => progress(s, t, c, kind), [s, t, c, kind]);
  const judged = useAnswer(
    () => status(s, t, c, cycleStart, cycleEnd, kind),
    [s, t, c, cycleStart, cycleEnd, kind],
  );
  const linted = useAnswer(() => lint(text, 'kr', language), [text, language]);
  return (
    <section className="playground">
      <h2>Custom functions</h2>
      <div className="fields">
        {[
          ['start', start, setStart],
          ['target', target, setTarget],
          ['current', current, setCurrent],
          ['kind', kind, setKind],
          ['cycleStart', cycleStart, setCycleStart],
          ['cycleEnd', cycleEnd, setCycleEnd],
        ].map(([label, value, set]) => (
          <label key={label as string}>
            {label as string}{' '}
            <input
              value={value as string}
              onChange={(e) => (set as (v: string) => void)(e.target.value)}
            />
          </label>
        ))}
      </div>
      <p>
        <code>=OKR.PROGRESS(…)</code> → <output>{progressed}</output>
      </p>
      <p>
        <code>=OKR.STATUS(…)</code> → <output>{judged}</output>
      </p>
      <label>
        text <input value={text} onChange={(e) => setText(e.target.value)} size={50} />
      </label>{' '}
      <label>
        language <input value={language} onChange={(e) => setLanguage(e.target.value)} size={6} />
      </label>
      <p>
        <code>=OKR.LINT(text, "kr", language)</code> → <output>{linted}</output>
      </p>
    </section>
  );
}

/** A function's answer as the cell would show it: its value, or #VALUE! with its message. */
function useAnswer(call: () => Promise<unknown>, inputs: DependencyList): string {
  const [answer, setAnswer] = useState('');
  useEffect(() => {
    let current = true;
    call().then(
      (value) => current && setAnswer(String(value)),
      (error: unknown) => current && setAnswer(`#VALUE! ${(error as Error).message}`),
    );
    return () => {
      current = false;
    };
    // Asked again when an argument changes; `call` is new with every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, inputs);
  return answer;
}
