import { useEffect, useState } from 'react';
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
  const attempt = (call: () => unknown) => {
    try {
      return String(call());
    } catch (error) {
      return `#VALUE! ${(error as Error).message}`;
    }
  };
  const [s, t, c] = [Number(start), Number(target), Number(current)];
  // =OKR.LINT is asynchronous (its coaching engine loads on first use), as Excel runs it.
  const [linted, setLinted] = useState('');
  useEffect(() => {
    let current = true;
    lint(text).then(
      (answer) => current && setLinted(answer),
      (error: unknown) => current && setLinted(`#VALUE! ${(error as Error).message}`),
    );
    return () => {
      current = false;
    };
  }, [text]);
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
        <code>=OKR.PROGRESS(…)</code> → <output>{attempt(() => progress(s, t, c, kind))}</output>
      </p>
      <p>
        <code>=OKR.STATUS(…)</code> →{' '}
        <output>{attempt(() => status(s, t, c, cycleStart, cycleEnd, kind))}</output>
      </p>
      <label>
        text <input value={text} onChange={(e) => setText(e.target.value)} size={50} />
      </label>
      <p>
        <code>=OKR.LINT(text)</code> → <output>{linted}</output>
      </p>
    </section>
  );
}
