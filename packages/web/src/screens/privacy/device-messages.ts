import { defineMessages } from '../../i18n/messages';

/** The privacy screen's words about this browser keeping the data (the standalone build only). */
export const deviceMessages = defineMessages({
  zh: {
    title: '这个浏览器会一直保留你的数据吗',
    persisted: '浏览器已答应长期保留这些数据：手机空间不足时，也不会自动删除。',
    notPersisted:
      '浏览器还没有答应长期保留这些数据：手机空间不足时，浏览器可能自动删除它们。可以请浏览器保留；无论如何，请定期做一次加密备份。',
    unknown: '这个浏览器不告诉网页它会不会长期保留数据。请定期做一次加密备份。',
    askKeep: '请浏览器长期保留',
    asking: '正在询问…',
    usage: (megabytes: string) => `目前占用约 ${megabytes} MB（大部分是上岸的数据库引擎）。`,
    iosTitle: '在 iPhone 或 iPad 上',
    ios: 'Safari 会删除 7 天没有打开过的网站的数据。请点 Safari 底部的“分享”按钮，选“添加到主屏幕”，以后从主屏幕的图标打开上岸，数据就不会这样被删除。',
    backupLink: '去做加密备份',
  },
  en: {
    title: 'Will this browser keep your data?',
    persisted:
      'The browser has promised to keep this data: it will not delete it on its own when the phone runs short of space.',
    notPersisted:
      'The browser has not promised to keep this data: when the phone runs short of space it may delete it. You can ask it to keep it; either way, make an encrypted backup from time to time.',
    unknown:
      'This browser does not tell the page whether it will keep the data. Make an encrypted backup from time to time.',
    askKeep: 'Ask the browser to keep it',
    asking: 'Asking…',
    usage: (megabytes: string) => `About ${megabytes} MB used now (most of it 上岸’s database engine).`,
    iosTitle: 'On an iPhone or iPad',
    ios: 'Safari deletes the data of a site not opened for 7 days. Tap Safari’s Share button, choose “Add to Home Screen”, and open 上岸 from its icon from then on: then the data is not deleted this way.',
    backupLink: 'Make an encrypted backup',
  },
});
