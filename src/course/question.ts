/**
 * "Check your understanding" items: grading a choice and wiring the Check button. Single-answer
 * items use radio buttons, several right answers use checkboxes; an answer is right only when
 * exactly the right choices are picked. The explanation is revealed after checking.
 */

export function isCorrect(picked: readonly number[], answer: readonly number[]): boolean {
  const a = [...new Set(answer)].sort();
  const p = [...new Set(picked)].sort();
  return a.length === p.length && a.every((x, i) => x === p[i]);
}

export function wireQuestion(root: HTMLElement): void {
  const answer = JSON.parse(root.dataset.answer ?? '[]') as number[];
  const button = root.querySelector<HTMLButtonElement>('[data-dn-q-check]');
  const feedback = root.querySelector<HTMLElement>('[data-dn-q-feedback]');
  const explanation = root.querySelector<HTMLDetailsElement>('[data-dn-q-explanation]');
  if (!button || !feedback) return;
  const strings = { correct: root.dataset.correct ?? '', incorrect: root.dataset.incorrect ?? '', pick: root.dataset.pick ?? '' };
  button.hidden = false;
  button.addEventListener('click', () => {
    const picked = [...root.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
    if (!picked.length) {
      feedback.textContent = strings.pick;
      feedback.dataset.result = '';
      return;
    }
    const ok = isCorrect(picked, answer);
    feedback.textContent = ok ? strings.correct : strings.incorrect;
    feedback.dataset.result = ok ? 'correct' : 'incorrect';
    for (const input of root.querySelectorAll<HTMLInputElement>('input')) {
      const right = answer.includes(Number(input.value));
      input.closest('li')!.dataset.mark = input.checked || right ? (right ? 'right' : 'wrong') : '';
    }
    if (explanation) explanation.open = true;
  });
  // a changed answer clears the verdict
  root.addEventListener('change', () => {
    feedback.textContent = '';
    feedback.dataset.result = '';
    for (const li of root.querySelectorAll<HTMLElement>('li[data-mark]')) li.dataset.mark = '';
  });
}
