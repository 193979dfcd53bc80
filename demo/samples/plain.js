// Events of odw elements bubble (and cross shadow roots), so one listener on the document hears them all.
const status = document.getElementById('status');

document.addEventListener('odw-load', (event) => {
  const { total, exact } = event.detail;
  status.textContent = `${exact ? '' : 'ca. '}${total.toLocaleString('de-DE')} Zeilen im Portal.`;
});

document.addEventListener('odw-error', (event) => {
  status.textContent = `Fehler: ${event.detail.error.message}`;
});
