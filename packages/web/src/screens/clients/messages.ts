import { defineMessages } from '../../i18n/messages';

export const clientsMessages = defineMessages({
  zh: {
    advisorTitle: '我的客户',
    ownTitle: '我的案件',
    advisorIntro: '这里列出客户授权你查看的案件。你每次打开客户的案件，都会记入审计日志。',
    ownIntro: '这里列出你保存的全部案件。',
    caption: '案件列表',
    titleColumn: '案件',
    debtsColumn: '债务笔数',
    asOfColumn: '数据截至',
    updatedColumn: '最近更新',
    actionColumn: '操作',
    label: (column: string) => `${column}：`,
    open: '打开',
    openCase: (title: string) => `：${title}`,
    opening: '正在打开案件…',
    current: '正在查看',
    debts: (count: number) => `${count} 笔`,
    emptyAdvisor: (email: string) =>
      `还没有客户把案件交给你。客户登录上岸后，在“隐私”页面的“让顾问查看我的案件”里填写你的邮箱（${email}），他的案件就会出现在这里。`,
    emptyOwn: '还没有案件。',
    start: '从“开始”录入债务',
  },
  en: {
    advisorTitle: 'My clients',
    ownTitle: 'My cases',
    advisorIntro:
      'Cases your clients have let you see. Each time you open a client’s case it is written to the audit log.',
    ownIntro: 'All the cases you have stored.',
    caption: 'Cases',
    titleColumn: 'Case',
    debtsColumn: 'Debts',
    asOfColumn: 'Figures as of',
    updatedColumn: 'Last updated',
    actionColumn: 'Action',
    label: (column: string) => `${column}: `,
    open: 'Open',
    openCase: (title: string) => `: ${title}`,
    opening: 'Opening the case…',
    current: 'Open now',
    debts: (count: number) => String(count),
    emptyAdvisor: (email: string) =>
      `No client has shared a case with you yet. When a client signs in and enters your email (${email}) under “Let an advisor see my case” on their Privacy page, their case appears here.`,
    emptyOwn: 'No case yet.',
    start: 'Enter your debts on Start',
  },
});
