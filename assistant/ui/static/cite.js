// One delegated listener per HTML component (Gradio js_on_load): survives re-renders of the
// content and sends the clicked paragraph id, quote and the reader's language (the data-ulang of
// the turn or panel around it) as a custom 'cite' event. A language switcher of the source panel
// ([data-show-lang]) chooses which parallel version is shown beside the cited one, in the page.
element.addEventListener('click', (event) => {
  const sw = event.target.closest('[data-show-lang]');
  if (sw && element.contains(sw)) {
    const box = sw.closest('.parallel');
    if (!box) return;
    const lang = sw.dataset.showLang;
    box.querySelectorAll('.version:not(.primary)').forEach((v) => { v.hidden = v.dataset.lang !== lang; });
    box.querySelectorAll('.versions.single').forEach((v) => v.classList.remove('single'));
    box.querySelectorAll('[data-show-lang]').forEach((b) => {
      const on = b.dataset.showLang === lang;
      b.classList.toggle('active', on);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    return;
  }
  const el = event.target.closest('[data-pid]');
  if (!el || !element.contains(el)) return;
  event.preventDefault();
  element.querySelectorAll('[data-pid].active').forEach((x) => x.classList.remove('active'));
  el.classList.add('active');
  const holder = el.closest('[data-ulang]');
  trigger('cite', {pid: el.dataset.pid, quote: el.dataset.quote || '', lang: holder ? holder.dataset.ulang : ''});
});
