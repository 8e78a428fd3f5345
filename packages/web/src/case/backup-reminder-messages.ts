import { defineMessages } from '../i18n/messages';

export const backupReminderMessages = defineMessages({
  zh: {
    body: '你刚保存了重要的记录（协议、还款、联系记录或证据）。建议现在做一次加密备份：手机丢了、换了设备，案件也还在。',
    last: (date: string) => `上次备份：${date}。`,
    never: '这个案件还没有备份过。',
    backupNow: '去备份',
    later: '以后再说',
  },
  en: {
    body: 'You just saved an important record (an agreement, a payment, a contact or evidence). Consider an encrypted backup now: if the phone is lost or you change devices, the case is still there.',
    last: (date: string) => `Last backup: ${date}.`,
    never: 'This case has never been backed up.',
    backupNow: 'Back up',
    later: 'Not now',
  },
});
