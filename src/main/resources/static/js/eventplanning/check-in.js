// The check-in page's camera scanner: the browser's own BarcodeDetector where it reads QR codes, else the
// html5-qrcode WebJar (loaded only then). A scanned code fills the code field and sends its form (htmx).
(function () {
  'use strict';

  function setup() {
    var start = document.querySelector('[data-scan-start]');
    if (!start || start.dataset.ready) {
      return;
    }
    start.dataset.ready = 'true';
    var form = document.querySelector('[data-scan-form]');
    var input = form.querySelector('[data-scan-code]');
    var panel = document.querySelector('[data-scanner]');
    var video = panel.querySelector('[data-scan-video]');
    var startLabel = start.textContent;
    var stream = null;
    var running = false;
    var library = null;
    var lastCode = null;
    var lastAt = 0;

    function found(code) {
      var now = Date.now();
      // A pass held in front of the camera is read many times a second: send it once.
      if (code === lastCode && now - lastAt < 3000) {
        return;
      }
      lastCode = code;
      lastAt = now;
      input.value = code;
      form.requestSubmit();
      if (navigator.vibrate) {
        navigator.vibrate(80);
      }
    }

    function noCamera() {
      stop();
      var result = document.getElementById('scan-result');
      result.textContent = '';
      var note = document.createElement('div');
      note.className = 'alert alert-warning mb-0';
      note.textContent = start.getAttribute('data-no-camera');
      result.appendChild(note);
    }

    function stop() {
      running = false;
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        stream = null;
      }
      if (library) {
        library.stop().catch(function () {});
        library = null;
      }
      video.srcObject = null;
      panel.hidden = true;
      start.textContent = startLabel;
    }

    function detectLoop(detector) {
      if (!running) {
        return;
      }
      detector.detect(video).then(function (codes) {
        if (codes.length > 0) {
          found(codes[0].rawValue);
        }
      }).catch(function () {}).then(function () {
        if (running) {
          setTimeout(function () { detectLoop(detector); }, 150);
        }
      });
    }

    function nativeScan() {
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      video.hidden = false;
      navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }).then(function (media) {
        stream = media;
        video.srcObject = media;
        return video.play();
      }).then(function () {
        running = true;
        detectLoop(detector);
      }).catch(noCamera);
    }

    function libraryScan() {
      video.hidden = true;
      var begin = function () {
        var lib = window.__Html5QrcodeLibrary__;
        library = new lib.Html5Qrcode('scanner-fallback', { verbose: false,
          formatsToSupport: [lib.Html5QrcodeSupportedFormats.QR_CODE] });
        running = true;
        library.start({ facingMode: 'environment' }, { fps: 10, qrbox: 240 }, found, function () {}).catch(noCamera);
      };
      if (window.__Html5QrcodeLibrary__) {
        begin();
        return;
      }
      var script = document.createElement('script');
      script.src = start.getAttribute('data-fallback');
      script.onload = begin;
      script.onerror = noCamera;
      document.head.appendChild(script);
    }

    function nativeReadsQr() {
      if (!('BarcodeDetector' in window)) {
        return Promise.resolve(false);
      }
      return window.BarcodeDetector.getSupportedFormats().then(function (formats) {
        return formats.indexOf('qr_code') >= 0;
      }).catch(function () { return false; });
    }

    start.addEventListener('click', function () {
      if (running || library) {
        stop();
        return;
      }
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        noCamera();
        return;
      }
      panel.hidden = false;
      start.textContent = start.getAttribute('data-stop-label');
      nativeReadsQr().then(function (native) {
        if (native) {
          nativeScan();
        } else {
          libraryScan();
        }
      });
    });

    // After each check-in the field is emptied for the next pass.
    document.body.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail.elt === form) {
        input.value = '';
        if (!running && !library) {
          input.focus();
        }
      }
    });
    window.addEventListener('pagehide', stop);
  }

  document.addEventListener('DOMContentLoaded', setup);
})();
