import { defineMessages } from '../../i18n/messages';

export const privacyMessages = defineMessages({
  zh: {
    title: '隐私与数据',
    intro: '你的债务是很私人的事。这一页说清楚数据存在哪里、谁能看到，以及怎样导出和彻底删除。',
    whereTitle: '数据存在哪里',
    localServer: {
      pglite:
        '你的案件（债务、预算、联系记录、上传的录音和截图、协商进度、协议）只保存在运行上岸的这台设备上：上岸数据文件夹里的嵌入式数据库（PGlite，默认是上岸所在目录下的 data 文件夹）。',
      postgres: '你的案件只保存在这台设备上运行的上岸所连接的 PostgreSQL 数据库里（由安装上岸的人设置）。',
    },
    thisBrowser:
      '你的案件（债务、预算、联系记录、上传的录音和截图、协商进度、协议）只保存在这个浏览器里：浏览器为上岸留出的存储空间中的嵌入式数据库（PGlite）。清除这个网站的数据会把案件一起删掉，所以请定期做加密备份。',
    accountsServer:
      '你的案件保存在这台上岸服务器的数据库里。只有你、以及你授权的顾问能看到；顾问每次查看都会记下来，你可以在下面的“谁看过我的案件”里看到。密码只保存加密后的散列值；登录状态是这个浏览器里的一个会话 Cookie，30 天后失效。',
    browser: (count: number) =>
      `这个浏览器里只保存一些小东西：界面语言、当前打开的是哪个案件、还没填完的录入答案、协议核对清单的勾选、上次备份的时间。现在共有 ${count} 项。`,
    helperKeyKept:
      '如果你在“备份”页创建过帮助者密钥，它的私钥也只保存在这个浏览器里（IndexedDB），从不上传。备份密码从不保存在任何地方。',
    browserKeys: '查看具体项目',
    noOtherSites:
      '上岸不从其他网站加载任何东西：没有外部字体、统计、广告或第三方脚本，也不把你的数据发到其他网站。浏览器的内容安全策略（CSP）会拦下任何对外的请求。',
    localOnlyRequests: '本地模式只接受这台设备上的页面发来的请求，其他网站的页面读不到你的数据。',
    thisBrowserOnly: '浏览器把每个网站的数据分开保存：其他网站的页面读不到你的数据。',
    hideTitle: '快速隐藏',
    hideBody:
      '页面右上角的“快速隐藏”按钮会立刻把页面换成一个空白记事本，并去掉地址栏里的页面位置；点“返回”回到上岸。它不删除任何数据，也不清除浏览记录。担心别人查看这台设备时，可以用浏览器的无痕窗口，或者用完后清除浏览记录。',
    exportTitle: '导出全部数据',
    exportBody:
      '导出的是一个 zip 文件：案件文件 case.json（手机和电脑上的上岸都能读取）、上传的证据文件和它们的 SHA-256 校验值、协商记录和协议。可以留作备份，以后再导入。',
    exportPlain: '这个 zip 没有加密。要存到网盘、U 盘或发给别人，请改用加密备份：',
    exportBackupLink: '去“备份与分享”',
    exportReveal: '包含完整电话、身份证号和住址',
    exportRevealHint:
      '默认不导出电话、身份证号和住址：备份文件可能被存到网盘或发给别人。需要完整备份时再勾选。',
    exportOne: '导出全部数据',
    exportCase: (title: string) => `导出“${title}”`,
    noCases: '现在没有保存任何案件。',
    advisorTitle: '让顾问查看我的案件',
    advisorBody:
      '填写顾问（法律援助人员、律师或志愿者）登录上岸用的邮箱，他就能查看你当前的案件、帮你起草信件和方案，每次查看都会记下来。修改案件、导出完整的电话和身份证号，要你另外勾选才可以；删除案件只有你自己能做。授权可以随时在上面取消。',
    advisorEmail: '顾问的邮箱',
    advisorSubmit: '授权查看',
    advisorSending: '正在授权…',
    advisorMissing: '请填写顾问的邮箱',
    advisorNotFound: '没有使用这个邮箱的顾问账户。请向顾问确认他登录上岸用的邮箱。',
    advisorDone: (email: string, title: string) => `已授权 ${email} 查看“${title}”。`,
    deleteTitle: '删除全部数据',
    deleteBody: '彻底删除你在上岸保存的一切。删除后不能恢复；需要的话，请先在“备份”页做一份加密备份。',
    deleteStart: '删除全部数据…',
    deleteWill: '将被删除：',
    deleteCases: (count: number) =>
      `${count} 个案件，包括其中的债务、预算、联系记录、上传的录音和截图、协商进度、协议和还款记录：`,
    deleteBrowser: (count: number) =>
      `这个浏览器里的 ${count} 项上岸数据（语言、当前案件、草稿、核对勾选）。`,
    deleteHelperKey: '这个浏览器里的帮助者密钥（如果创建过）：加密给它的文件将再也打不开。',
    deleteAccountNote: '你的登录账户（邮箱和密码）不会被删除。',
    deleteConfirmLabel: '请输入“删除”两个字确认',
    deleteWord: '删除',
    deleteWrongWord: '请输入“删除”两个字，才能继续',
    deleteConfirm: '永久删除，无法恢复',
    deleteCancel: '取消，不删除',
    deleting: '正在删除…',
    deleteFailed: (titles: string) => `这些案件没能删除：${titles}。浏览器里的数据先保留着。请稍后再试。`,
    deleteAdvisor: '顾问账户不能在这里删除客户的案件；客户本人可以在自己的“隐私”页面删除。',
  },
  en: {
    title: 'Privacy and your data',
    intro:
      'Your debts are private. This page says where your data is kept, who can see it, and how to export it or delete it for good.',
    whereTitle: 'Where your data is kept',
    localServer: {
      pglite:
        'Your case (debts, budget, contact log, uploaded recordings and screenshots, negotiation progress, agreements) is kept only on the device that runs Shang’an: in the embedded database (PGlite) in Shang’an’s data folder (by default the data folder where Shang’an is installed).',
      postgres:
        'Your case is kept only in the PostgreSQL database that Shang’an on this device is connected to (set up by whoever installed it).',
    },
    thisBrowser:
      'Your case (debts, budget, contact log, uploaded recordings and screenshots, negotiation progress, agreements) is kept only in this browser: in an embedded database (PGlite) in the storage the browser sets aside for Shang’an. Clearing this site’s data deletes the case with it, so make an encrypted backup now and then.',
    accountsServer:
      'Your case is kept in this Shang’an server’s database. Only you and the advisors you allow can see it; every advisor view is written to an audit log. Passwords are stored only as hashes; your sign-in is a session cookie in this browser that expires after 30 days.',
    browser: (count: number) =>
      `This browser keeps only small things: the language, which case is open, unfinished intake answers, the ticks of agreement checklists and when you last backed up. ${count} item(s) now.`,
    helperKeyKept:
      'If you made a helper key on the Backup page, its private key too is kept only in this browser (IndexedDB), never uploaded. Backup passphrases are never stored anywhere.',
    browserKeys: 'Show the items',
    noOtherSites:
      'Shang’an loads nothing from other sites — no outside fonts, analytics, ads or third-party scripts — and sends your data to no other site. The browser’s Content Security Policy blocks any outside request.',
    localOnlyRequests:
      'In local mode the server only answers pages on this device: other websites cannot read your data.',
    thisBrowserOnly: 'The browser keeps each site’s data apart: other websites cannot read your data.',
    hideTitle: 'Quick hide',
    hideBody:
      'The “Quick hide” button at the top right replaces the page at once with a blank notepad and removes the page from the address bar; press “Back” to return. It deletes nothing and does not clear the browser history. If others may look at this device, use a private window or clear the history afterwards.',
    exportTitle: 'Export all data',
    exportBody:
      'The export is a zip file: the case file case.json (Shang’an reads it on a phone or a computer), the uploaded evidence with SHA-256 checksums, the negotiation log and the agreements. Keep it as a backup and import it later.',
    exportPlain:
      'This zip is not encrypted. To keep it in a cloud drive or on a USB stick, or to send it, use an encrypted backup instead:',
    exportBackupLink: 'go to “Backup and sharing”',
    exportReveal: 'Include full phone and ID numbers and the address',
    exportRevealHint:
      'Left out by default: a backup may end up in cloud storage or be sent to others. Tick this for a complete backup.',
    exportOne: 'Export all data',
    exportCase: (title: string) => `Export “${title}”`,
    noCases: 'No case is stored now.',
    advisorTitle: 'Let an advisor see my case',
    advisorBody:
      'Enter the email your advisor (legal-aid worker, lawyer or volunteer) signs in with; they can then see your current case and help you draft letters and plans, and every view is written down. Changing the case and exporting full phone and ID numbers need a tick of yours; only you can delete it. You can take access back above at any time.',
    advisorEmail: 'Advisor’s email',
    advisorSubmit: 'Allow access',
    advisorSending: 'Allowing access…',
    advisorMissing: 'Enter the advisor’s email',
    advisorNotFound:
      'There is no advisor account with this email. Ask your advisor which email they sign in with.',
    advisorDone: (email: string, title: string) => `${email} can now see “${title}”.`,
    deleteTitle: 'Delete all data',
    deleteBody:
      'Delete everything you keep in Shang’an, for good. It cannot be undone; make an encrypted backup on the Backup page first if you need one.',
    deleteStart: 'Delete all data…',
    deleteWill: 'This will be deleted:',
    deleteCases: (count: number) =>
      `${count} case(s), with their debts, budget, contact log, uploaded recordings and screenshots, negotiation progress, agreements and payments:`,
    deleteBrowser: (count: number) =>
      `${count} Shang’an item(s) in this browser (language, open case, drafts, checklist ticks).`,
    deleteHelperKey:
      'The helper key in this browser, if you made one: files encrypted to it can never be opened again.',
    deleteAccountNote: 'Your sign-in account (email and password) is not deleted.',
    deleteConfirmLabel: 'Type 删除 (“delete”) to confirm',
    deleteWord: '删除',
    deleteWrongWord: 'Type 删除 to go on',
    deleteConfirm: 'Delete for good',
    deleteCancel: 'Cancel, keep everything',
    deleting: 'Deleting…',
    deleteFailed: (titles: string) =>
      `These cases could not be deleted: ${titles}. The browser’s data is kept for now. Please try again later.`,
    deleteAdvisor:
      'An advisor account cannot delete clients’ cases here; clients can delete them on their own Privacy page.',
  },
});
