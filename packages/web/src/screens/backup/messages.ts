import type { BackupErrorCode } from '../../backup/backup-result';
import type { PassphraseProblem, PassphraseStrength } from '../../backup/passphrase-rules';
import type { RecipientProblem } from '../../backup/recipient-key';
import { defineMessages } from '../../i18n/messages';

export interface RestoredCounts {
  title: string;
  debts: number;
  contacts: number;
  evidence: number;
  agreements: number;
}

export const backupMessages = defineMessages({
  zh: {
    title: '备份与分享',
    intro:
      '把案件加密成一个文件，存到你自己选的地方：另一台手机或电脑、U 盘或网盘。加密和解密都在这个浏览器里完成，密码和私钥从不发送到任何服务器。文件是通用的 age 格式，律师也可以用 age 工具独立打开。',
    backupTitle: '加密备份',
    backupBody:
      '备份包含案件的全部内容：债务、预算、联系记录、上传的录音和截图、协商进度和协议，也包含完整的电话、身份证号和住址——整个文件都是加密的。',
    backupCase: '要备份的案件',
    passphrase: '备份密码',
    passphraseHint: '至少 10 个字，可以是一句只有你知道的话，中文也行。不要用生日、手机号或常见的句子。',
    repeat: '再输入一次密码',
    showPassphrase: '显示密码',
    strength: { weak: '密码强度：弱。', fair: '密码强度：中。', strong: '密码强度：强。' } satisfies Record<
      PassphraseStrength,
      string
    >,
    strengthNote: '强度只是粗略的估计：大家都知道的句子再长也容易被猜中。',
    neverStored:
      '上岸不会保存这个密码，也没有办法找回。忘了密码，任何人（包括上岸）都打不开这个备份。请把密码写在纸上，和备份文件分开放。',
    passphraseProblem: {
      missing: '请填写备份密码',
      too_short: '备份密码至少要 10 个字',
      too_simple: '备份密码里不同的字太少（比如 1212121212），请换一句',
      edge_space: '备份密码的开头或结尾不能是空格：手机输入法常自动加空格，恢复时容易对不上',
      mismatch: '两次输入的密码不一样，请再输入一次',
    } satisfies Record<PassphraseProblem, string>,
    backupSubmit: '下载加密备份',
    exporting: '正在导出案件…',
    encrypting: '正在加密…（需要几秒钟，请不要关闭页面）',
    backupDone: (fileName: string, size: string) =>
      `已下载 ${fileName}（${size}）。请把它存到这台设备以外的地方。`,
    lastBackup: (date: string) => `这个浏览器上次为这个案件做备份：${date}`,
    neverBackedUp: '这个浏览器还没有为这个案件做过备份。',
    noCases: '现在没有保存任何案件，没有可以备份的内容。',
    restoreTitle: '从备份恢复',
    restoreBody:
      '选择备份文件（.age），或帮助者收到的分享文件。文件在这个浏览器里解密，再作为一个新案件保存；已有的案件不会被改动。',
    restoreFile: '备份文件',
    restorePassphrase: '备份密码',
    restorePassphraseMissing: '请填写做备份时设的密码',
    restoreFileMissing: '请先选择备份文件',
    restoreWithKey: '这个文件是分享给帮助者的，将用这个浏览器里的帮助者密钥打开。',
    restoreNoKey:
      '这个文件是加密给帮助者密钥的，但这个浏览器里没有帮助者密钥。请在创建那把密钥的浏览器里打开它。',
    restoreSubmit: '解密并恢复',
    decrypting: '正在解密…（需要几秒钟）',
    importing: '正在保存为新案件…',
    restored: ({ title, debts, contacts, evidence, agreements }: RestoredCounts) =>
      `已恢复“${title}”：${debts} 笔债务、${contacts} 条联系记录、${evidence} 个证据文件、${agreements} 份协议。`,
    openRestored: '打开这个案件',
    fileError: {
      not_backup:
        '这不是上岸的备份文件。请选择下载时名为 shangan-backup-….age 或 shangan-share-….age 的文件。',
      damaged: '这个文件已损坏或不完整（可能在传输中被截断或改动），无法打开。请换一份备份。',
      wrong_passphrase: '密码不对，请检查大小写、空格和输入法的全角/半角。',
      wrong_key: '这个文件是加密给另一把帮助者密钥的，这个浏览器里的密钥打不开它。',
      needs_key: '这个文件是分享给帮助者的，要用帮助者的密钥打开，不用密码。',
      needs_passphrase: '这个文件是用密码加密的备份，请填写备份密码。',
      invalid_key: '帮助者的公钥不对，请检查后重试。',
    } satisfies Record<BackupErrorCode, string>,
    shareTitle: '分享给帮助者',
    shareBody:
      '法律援助人员、律师或家人要帮你时，可以把案件加密给他的公钥。只有他的上岸（或他的 age 私钥）能打开这个文件；文件经过聊天软件或网盘，别人也读不到。',
    shareKey: '帮助者的公钥',
    shareKeyHint: '以 age1 开头的一串字，由帮助者的上岸在“我是帮助者”里显示。',
    shareKeyWarning:
      '只用你当面、电话或视频里和帮助者本人确认过的公钥。如果有人冒充帮助者发来公钥，他就能读到你的案件。',
    recipientProblem: {
      missing: '请粘贴帮助者的公钥',
      secret_key: '这是私钥，不是公钥！私钥绝不能发给别人。请让帮助者发来以 age1 开头的公钥。',
      not_age_key: '帮助者的公钥应该以 age1 开头，请重新复制',
      unsupported_key: '上岸只支持以 age1 开头、58 位字符的 X25519 公钥（age-keygen 生成的那种）',
      damaged_key: '帮助者的公钥不完整或有错字，请整段重新复制',
    } satisfies Record<RecipientProblem, string>,
    shareReveal: '包含完整电话、身份证号和住址',
    shareRevealHint: '默认不包含。帮助者起草文书需要时再勾选。',
    shareCase: (title: string) => `要分享的是当前打开的案件“${title}”。`,
    shareEncrypting: '正在加密…',
    shareSubmit: '下载分享文件',
    shareDone: (fileName: string) => `已下载 ${fileName}。把这个文件发给帮助者，他在自己的上岸里打开。`,
    helperTitle: '我是帮助者',
    helperBody:
      '帮助别人时，在这里创建一把密钥：把公钥（或二维码）给对方，对方把案件加密给它；收到文件后，在上面的“从备份恢复”里打开。',
    helperPrivate:
      '私钥只保存在这个浏览器里（IndexedDB），从不上传，也不能导出。清除浏览器数据、删除密钥或“删除全部数据”后，加密给它的文件就再也打不开了。',
    helperCreate: '创建我的密钥',
    helperCreating: '正在创建密钥…',
    helperPublic: '我的公钥',
    helperQr: '我的公钥的二维码',
    helperCreated: (date: string) => `创建于 ${date}`,
    copy: '复制公钥',
    copied: '已复制。',
    copyFailed: '浏览器不允许复制，请长按上面的公钥手动复制。',
    helperDelete: '删除我的密钥…',
    helperDeleteWarning: '删除后，加密给这把密钥的文件再也打不开了，也无法找回。',
    helperDeleteConfirm: '永久删除密钥',
    helperDeleteCancel: '取消，保留密钥',
    helperDeleted: '密钥已删除。',
    failed: '出了点问题：',
  },
  en: {
    title: 'Backup and sharing',
    intro:
      'Encrypt your case into one file and keep it where you choose: another phone or computer, a USB stick, a cloud drive. Encryption and decryption happen in this browser; the passphrase and private keys are never sent to any server. The file is in the common age format, so a lawyer can open it independently with the age tool.',
    backupTitle: 'Encrypted backup',
    backupBody:
      'The backup holds the whole case: debts, budget, contact log, uploaded recordings and screenshots, negotiation progress and agreements, and also the full phone and ID numbers and the address — the whole file is encrypted.',
    backupCase: 'Case to back up',
    passphrase: 'Backup passphrase',
    passphraseHint:
      'At least 10 characters; a sentence only you know works well, in Chinese too. Not a birthday, a phone number or a well-known saying.',
    repeat: 'Passphrase again',
    showPassphrase: 'Show passphrase',
    strength: {
      weak: 'Passphrase strength: weak.',
      fair: 'Passphrase strength: fair.',
      strong: 'Passphrase strength: strong.',
    } satisfies Record<PassphraseStrength, string>,
    strengthNote: 'Only a rough estimate: a well-known sentence is easy to guess however long it is.',
    neverStored:
      'Shang’an does not store this passphrase and cannot recover it. Without it nobody, Shang’an included, can open the backup. Write it on paper and keep it apart from the file.',
    passphraseProblem: {
      missing: 'Enter a backup passphrase',
      too_short: 'The backup passphrase needs at least 10 characters',
      too_simple: 'The backup passphrase has too few different characters (like 1212121212); choose another',
      edge_space:
        'The backup passphrase cannot start or end with a space: phone keyboards add them unseen, and it would not match at restore',
      mismatch: 'The two passphrases differ; type it again',
    } satisfies Record<PassphraseProblem, string>,
    backupSubmit: 'Download encrypted backup',
    exporting: 'Exporting the case…',
    encrypting: 'Encrypting… (takes a few seconds; keep this page open)',
    backupDone: (fileName: string, size: string) =>
      `Downloaded ${fileName} (${size}). Keep it somewhere other than this device.`,
    lastBackup: (date: string) => `Last backup of this case from this browser: ${date}`,
    neverBackedUp: 'This browser has not backed up this case yet.',
    noCases: 'No case is stored now: there is nothing to back up.',
    restoreTitle: 'Restore from a backup',
    restoreBody:
      'Choose a backup file (.age), or a file shared with you as a helper. It is decrypted in this browser and saved as a new case; existing cases are not changed.',
    restoreFile: 'Backup file',
    restorePassphrase: 'Backup passphrase',
    restorePassphraseMissing: 'Enter the passphrase set when the backup was made',
    restoreFileMissing: 'Choose the backup file first',
    restoreWithKey:
      'This file was shared with a helper; it will be opened with the helper key in this browser.',
    restoreNoKey:
      'This file is encrypted to a helper key, but this browser has none. Open it in the browser where that key was made.',
    restoreSubmit: 'Decrypt and restore',
    decrypting: 'Decrypting… (takes a few seconds)',
    importing: 'Saving it as a new case…',
    restored: ({ title, debts, contacts, evidence, agreements }: RestoredCounts) =>
      `Restored “${title}”: ${debts} debt(s), ${contacts} contact(s), ${evidence} evidence file(s), ${agreements} agreement(s).`,
    openRestored: 'Open this case',
    fileError: {
      not_backup:
        'This is not a Shang’an backup. Choose the file downloaded as shangan-backup-….age or shangan-share-….age.',
      damaged:
        'This file is damaged or incomplete (cut or changed on the way) and cannot be opened. Use another copy.',
      wrong_passphrase: 'Wrong passphrase. Check capitals, spaces and full-width/half-width input.',
      wrong_key: 'This file is encrypted to another helper key; the key in this browser cannot open it.',
      needs_key: 'This file was shared with a helper: it opens with the helper’s key, not a passphrase.',
      needs_passphrase: 'This file is a passphrase backup: enter its passphrase.',
      invalid_key: 'The helper’s public key is not valid; check it and try again.',
    } satisfies Record<BackupErrorCode, string>,
    shareTitle: 'Share with a helper',
    shareBody:
      'When a legal-aid worker, a lawyer or a relative helps you, encrypt the case to their public key. Only their Shang’an (or their age private key) can open the file; passing through chat apps or cloud drives, it stays unreadable to others.',
    shareKey: 'Helper’s public key',
    shareKeyHint: 'A string starting with age1, shown by the helper’s Shang’an under “I am a helper”.',
    shareKeyWarning:
      'Use only a key you checked with the helper in person, by phone or video. Someone who passes off their own key as the helper’s could read your case.',
    recipientProblem: {
      missing: 'Paste the helper’s public key',
      secret_key:
        'This is a private key, not a public key! A private key must never be sent to anyone. Ask the helper for the public key starting with age1.',
      not_age_key: 'The helper’s public key starts with age1; copy it again',
      unsupported_key:
        'Shang’an accepts X25519 public keys only: age1 and 58 characters (as age-keygen makes them)',
      damaged_key: 'The helper’s public key is incomplete or mistyped; copy all of it again',
    } satisfies Record<RecipientProblem, string>,
    shareReveal: 'Include full phone and ID numbers and the address',
    shareRevealHint: 'Left out by default. Tick it if the helper needs them to draft documents.',
    shareCase: (title: string) => `The case shared is the one open now: “${title}”.`,
    shareEncrypting: 'Encrypting…',
    shareSubmit: 'Download shared file',
    shareDone: (fileName: string) =>
      `Downloaded ${fileName}. Send this file to the helper, who opens it in their own Shang’an.`,
    helperTitle: 'I am a helper',
    helperBody:
      'When you help someone, make a key here: give them the public key (or the QR code), they encrypt their case to it, and you open the file under “Restore from a backup” above.',
    helperPrivate:
      'The private key stays only in this browser (IndexedDB): never uploaded, and it cannot be exported. After clearing the browser’s data, deleting the key or “Delete all data”, files encrypted to it can never be opened again.',
    helperCreate: 'Create my key',
    helperCreating: 'Creating the key…',
    helperPublic: 'My public key',
    helperQr: 'QR code of my public key',
    helperCreated: (date: string) => `Created on ${date}`,
    copy: 'Copy public key',
    copied: 'Copied.',
    copyFailed: 'The browser does not allow copying; press and hold the key above to copy it by hand.',
    helperDelete: 'Delete my key…',
    helperDeleteWarning: 'After deletion, files encrypted to this key can never be opened again.',
    helperDeleteConfirm: 'Delete the key for good',
    helperDeleteCancel: 'Cancel, keep the key',
    helperDeleted: 'The key was deleted.',
    failed: 'Something went wrong: ',
  },
});
