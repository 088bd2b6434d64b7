// ALTCHA's widget is some 100 KB of script that only a fan who opens the rumor form or a report
// needs. It is fetched the first time an <altcha-widget> element appears in the page; the element
// waits, un-upgraded, with its attributes set, and upgrades itself once the script has run.
const load = () => import('altcha');

if (document.querySelector('altcha-widget')) {
  load();
} else {
  const watcher = new MutationObserver(() => {
    if (document.querySelector('altcha-widget')) {
      watcher.disconnect();
      load();
    }
  });
  watcher.observe(document.documentElement, { childList: true, subtree: true });
}
