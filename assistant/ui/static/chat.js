// The chat log scrolls inside its box: bring the newest turn's question to the top while it is
// pending/streaming and once when it is final; citation clicks do not scroll. Appended to cite.js.
let done = element.querySelectorAll('.turn').length;
function scrollBox() {
  let box = element;
  while (box && box !== document.body) {
    if (/(auto|scroll)/.test(getComputedStyle(box).overflowY)) return box;
    box = box.parentElement;
  }
  return null;
}
watch('value', () => {
  const turns = element.querySelectorAll('.turn');
  if (turns.length < done) done = 0;  // a new conversation
  const last = turns[turns.length - 1];
  const pending = !!element.querySelector('.pending');
  if (last && (turns.length > done || pending)) {
    const box = scrollBox();
    if (box) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  }
  if (!pending) done = turns.length;
});
