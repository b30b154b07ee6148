// Asks before the tab is closed or reloaded while a form has unsaved changes. The server sets
// window.stedenbandUnsaved whenever a register's form becomes dirty or clean again.
(function () {
  if (window.stedenbandUnsavedGuard) {
    return;
  }
  window.stedenbandUnsavedGuard = true;
  window.addEventListener('beforeunload', function (event) {
    if (window.stedenbandUnsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
