// Runs inside the Emscripten module (emcc --pre-js), next to vth_hooks.js: the
// browser's storage for the work store (src/ui/work_store.hpp, docs/sharing.md).
//  - localStorage: small records shared by every tab of this site; synchronous,
//    and the other tabs hear of every write through the 'storage' event;
//  - IndexedDB: programme files by fingerprint, however large (asynchronous);
//  - sessionStorage: this tab's place, kept over a reload.
// Nothing here decides anything: the C++ side does, and is tested natively
// against src/platform/native/memory_store.cpp.
'use strict';

const VTH_STORE_PREFIX = 'vth-planner:';
const VTH_TAB_KEY = 'vth-planner:tabblad';

Module.vthStorage = (function () {
  let database = null; // a promise of the IndexedDB database, opened on first use

  function openDatabase() {
    if (database) return database;
    database = new Promise(function (resolve, reject) {
      if (!window.indexedDB) {
        reject(new Error('geen IndexedDB'));
        return;
      }
      const request = indexedDB.open('vth-planner', 1);
      request.onupgradeneeded = function () { request.result.createObjectStore('programmas'); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
    database.catch(function () { database = null; }); // try again next time
    return database;
  }

  // One request in its own transaction; resolves with its result once the transaction is done.
  function withStore(mode, use) {
    return openDatabase().then(function (db) {
      return new Promise(function (resolve, reject) {
        const transaction = db.transaction('programmas', mode);
        const request = use(transaction.objectStore('programmas'));
        transaction.oncomplete = function () { resolve(request.result); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };
      });
    });
  }

  return {
    get: function (key) {
      try {
        return localStorage.getItem(key);
      } catch (e) {
        return null;
      }
    },
    // 0: written, 1: the storage is full, 2: there is no storage (disabled, private mode).
    set: function (key, value) {
      try {
        localStorage.setItem(key, value);
        return 0;
      } catch (e) {
        const full = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
        return full ? 1 : 2;
      }
    },
    remove: function (key) {
      try { localStorage.removeItem(key); } catch (e) { /* nothing stored, nothing to remove */ }
    },
    // This site's keys, one per line.
    keys: function () {
      try {
        const out = [];
        for (let i = 0; i < localStorage.length; ++i) {
          const key = localStorage.key(i);
          if (key && key.startsWith(VTH_STORE_PREFIX)) out.push(key);
        }
        return out.join('\n');
      } catch (e) {
        return '';
      }
    },
    // A programme file as a Blob, which IndexedDB keeps without copying it on the page's thread
    // (an ArrayBuffer of 24 MB held the page up 150-300 ms; docs/performance.md, stop 36). When
    // that fails for another reason than a full storage (a browser that keeps no Blobs there,
    // as reported of Safari's private mode; a picked file changed on disk before it was
    // stored, which fails when the transaction ends), its bytes
    // (`bytes()`: an ArrayBuffer or a promise of one) are stored as they were before 2026-12-07.
    putProgramme: function (id, blob, bytes) {
      const put = function (value) {
        return withStore('readwrite', function (store) { return store.put(value, id); });
      };
      put(blob)
        .catch(function (e) {
          if (e && e.name === 'QuotaExceededError') throw e;
          return Promise.resolve(bytes()).then(put);
        })
        .then(function () { vthWithString(id, (p) => Module._vth_programme_stored(p, 1)); })
        .catch(function (e) {
          console.warn('programma niet bewaard:', e && e.name);
          const full = e && e.name === 'QuotaExceededError';
          vthWithString(id, (p) => Module._vth_programme_stored(p, full ? 0 : 2));
        })
        .finally(function () { Module._vth_wake(); });
    },
    // A programme file is a Blob, or an ArrayBuffer (stored so before 2026-12-07, or by a browser
    // that keeps no Blobs).
    loadProgramme: function (id) {
      withStore('readonly', function (store) { return store.get(id); })
        .then(function (stored) { return stored instanceof Blob ? stored.arrayBuffer() : stored; })
        .then(function (bytes) { vthProgrammeLoaded(id, bytes ? new Uint8Array(bytes) : null); })
        .catch(function () { vthProgrammeLoaded(id, null); });
    },
    removeProgramme: function (id) {
      withStore('readwrite', function (store) { return store.delete(id); }).catch(function () { /* gone already */ });
    },
    tabState: function () {
      try {
        return sessionStorage.getItem(VTH_TAB_KEY) || '';
      } catch (e) {
        return '';
      }
    },
    setTabState: function (text) {
      try { sessionStorage.setItem(VTH_TAB_KEY, text); } catch (e) { /* a reload then starts afresh */ }
    },
    // 128 random bits as hexadecimal (crypto.randomUUID needs a secure context; this does not).
    newId: function () {
      const bytes = new Uint8Array(16);
      crypto.getRandomValues(bytes);
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    },
  };
})();

// A text for the C++ side: a malloc'd UTF-8 copy that it frees (0 for null).
Module.vthHeapString = function (text) {
  if (text === null || text === undefined) return 0;
  const size = lengthBytesUTF8(text) + 1;
  const ptr = Module._malloc(size);
  stringToUTF8(text, ptr, size);
  return ptr;
};

function vthProgrammeLoaded(id, bytes) {
  const size = bytes ? bytes.length : 0;
  const ptr = Module._malloc(size + 1);
  try {
    if (bytes) HEAPU8.set(bytes, ptr);
    vthWithString(id, (p) => Module._vth_programme_loaded(p, ptr, size, bytes ? 1 : 0));
  } finally {
    Module._free(ptr);
  }
  Module._vth_wake();
}

// Another tab wrote or removed one of this site's keys.
window.addEventListener('storage', function (e) {
  if (!Module.vthStarted || e.storageArea !== window.localStorage || !e.key) return;
  if (!e.key.startsWith(VTH_STORE_PREFIX)) return;
  vthWithString(e.key, (k) => Module._vth_storage_changed(k));
  Module._vth_wake();
});
