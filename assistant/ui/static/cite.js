// One delegated listener per HTML component (Gradio js_on_load): survives re-renders of the
// content and sends the clicked paragraph id and quote as a custom 'cite' event.
element.addEventListener('click', (event) => {
  const el = event.target.closest('[data-pid]');
  if (!el || !element.contains(el)) return;
  event.preventDefault();
  element.querySelectorAll('[data-pid].active').forEach((x) => x.classList.remove('active'));
  el.classList.add('active');
  trigger('cite', {pid: el.dataset.pid, quote: el.dataset.quote || ''});
});
