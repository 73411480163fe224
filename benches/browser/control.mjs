// The control page of the keystroke benchmarks (keystroke.mjs,
// keystroke-profile.mjs): the floor of the browser and this machine.

/** The control: a bare search field whose handler only writes the count line. */
export const CONTROL = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Kontrolle</title>
<label>Netzwerke und Akteure durchsuchen <input type="search"></label><p data-testid="count">10.000 Netzwerke</p>
<ul><li data-testid="card">Karte</li></ul>
<script>
const count = document.querySelector('[data-testid=count]');
document.querySelector('input').addEventListener('input', (e) => {
  const q = e.target.value.trim();
  count.textContent = q ? \`1 Treffer für „\${q}“\` : '10.000 Netzwerke';
});
</script></html>`;
