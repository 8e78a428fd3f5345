import { defineMessages } from '../i18n/messages';

export const standaloneMessages = defineMessages({
  zh: {
    elsewhere: '已在另一个标签页打开',
    elsewhereHint: '为了不让两处同时改写同一份数据，上岸一次只在一个标签页里打开。',
    switchHere: '在这个标签页打开',
    starting: '正在打开这台设备上的数据…',
    downloadTitle: '正在准备上岸',
    downloadHint:
      '第一次打开时，要把上岸的数据库引擎下载到这个浏览器里（约 16 MB，只需一次）。不用等它：下面的问题现在就可以回答。之后打开不用再下载，没有网络也能用。',
    downloaded: (mb: string) => `已下载 ${mb} MB`,
    downloadedOf: (mb: string, totalMb: string) => `已下载 ${mb} / ${totalMb} MB`,
    updateReady: '上岸有新版本。你的数据不受影响。',
    updateNow: '更新并重新打开',
    wechatTitle: '请在浏览器中打开',
    wechat:
      '微信里的浏览器可能随时清除网页保存的数据，你的案件会丢失。请点右上角的“…”，选“在浏览器打开”，再用那个浏览器使用上岸。',
  },
  en: {
    elsewhere: 'Already open in another tab',
    elsewhereHint: 'So that two tabs never write the same data at once, 上岸 is open in one tab at a time.',
    switchHere: 'Open it in this tab',
    starting: 'Opening the data on this device…',
    downloadTitle: 'Getting 上岸 ready',
    downloadHint:
      'On the first visit, 上岸’s database engine is downloaded into this browser (about 16 MB, once). No need to wait for it: the questions below can be answered now. After that it opens without downloading, with or without a network.',
    downloaded: (mb: string) => `${mb} MB downloaded`,
    downloadedOf: (mb: string, totalMb: string) => `${mb} of ${totalMb} MB downloaded`,
    updateReady: 'A new version of 上岸 is ready. Your data is not affected.',
    updateNow: 'Update and reopen',
    wechatTitle: 'Please open this in a browser',
    wechat:
      'WeChat’s built-in browser may clear what a page keeps at any time, and your case with it. Tap “…” at the top right, choose “Open in browser”, and use 上岸 in that browser.',
  },
});
