import { defineMessages } from '../i18n/messages';

export const standaloneMessages = defineMessages({
  zh: {
    elsewhere: '已在另一个标签页打开',
    elsewhereHint: '为了不让两处同时改写同一份数据，上岸一次只在一个标签页里打开。',
    switchHere: '在这个标签页打开',
    starting: '正在打开这台设备上的数据…',
    updateReady: '上岸有新版本。你的数据不受影响。',
    updateNow: '更新并重新打开',
  },
  en: {
    elsewhere: 'Already open in another tab',
    elsewhereHint: 'So that two tabs never write the same data at once, 上岸 is open in one tab at a time.',
    switchHere: 'Open it in this tab',
    starting: 'Opening the data on this device…',
    updateReady: 'A new version of 上岸 is ready. Your data is not affected.',
    updateNow: 'Update and reopen',
  },
});
