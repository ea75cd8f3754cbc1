// puppeteer must never download a browser: the machines are offline and we drive Debian's chromium/firefox-esr.
module.exports = { skipDownload: true };
