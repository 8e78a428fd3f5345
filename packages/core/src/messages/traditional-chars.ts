/**
 * Traditional → simplified characters, as pairs (traditional first). Not a full converter: the
 * characters that collection messages, bank notices and our keyword rules use, so that a message
 * typed or forwarded in 繁體 matches the same rules. 帳 is folded to 账 too (账户/帐户 are both seen).
 */
const PAIRS =
  '還还貸贷銀银額额萬万圓圆錢钱賬账帳账戶户號号碼码電电話话聯联繫系係系絡络訊讯訴诉訟讼護护師师務务處处罰罚執执' +
  '書书傳传門门訪访親亲屬属單单員员編编維维權权報报關关機机構构網网錄录發发開开個个轉转掃扫導导啟启協协議议費费' +
  '償偿於于時时間间點点鐘钟後后將将會会對对們们這这說说讓让給给與与為为無无麼么從从來来過过違违規规約约紀纪懲惩' +
  '騷骚擾扰罵骂賴赖騙骗滾滚殺杀綁绑場场審审決决強强製制凍冻結结產产財财資资證证據据徵征復复複复銷销記记優优專专' +
  '業业團团隊队辦办幫帮減减掛挂債债週周區区縣县鎮镇鄉乡國国檢检廳厅級级長长經经偵侦緝缉獄狱責责詐诈調调組组總总' +
  '憑凭絕绝擔担險险驗验動动態态洩泄訂订詳详細细進进註注冊册領领獎奖勵励紅红貨货購购買买賣卖實实際际應应繳缴納纳' +
  '餘余歸归屆届滿满鄰邻闆板貼贴張张郵邮寄寄匯汇條条體体頭头鬧闹嚴严緊紧儘尽盡尽則则負负別别氣气讀读寫写認认識识' +
  '願愿雙双歷历計计劃划線线撥拨響响淩凌頻频數数該该筆笔邊边裡里裏里樣样沒没並并雖虽當当羈羁禁禁飛飞車车鐵铁兩两' +
  '億亿園园廣广東东蘇苏寧宁陽阳貝贝寶宝誠诚薦荐陸陆滬沪華华興兴農农豐丰鑫鑫順顺達达頁页層层徑径幣币價价錯错誤误' +
  '項项題题覆复謹谨詞词語语請请謝谢愛爱們们兒儿孫孙爺爷媽妈們们夥伙麗丽嗎吗傷伤戲戏斷断腿腿揍揍臉脸髒脏醜丑惡恶' +
  '廢废滅灭墳坟喪丧禍祸災灾難难險险殺杀槍枪彈弹燒烧斃毙罷罢聽听見见視视覺觉現现兩两觀观訊讯遞递送送贈赠習习慣惯' +
  '術术測测評评審审閱阅覽览顯显屬属權权據据鑑鉴鑒鉴擊击揚扬異异訴诉討讨論论認认誤误諮咨詢询託托託托補补貼贴預预' +
  '備备準准確确齊齐變变溫温馨馨療疗醫医藥药級级臨临離离歸归鄭郑趙赵劉刘陳陈楊杨黃黄吳吴孫孙鄧邓馬马蕭萧韓韩馮冯' +
  '許许錢钱龍龙葉叶廬庐蘭兰館馆閩闽贛赣遼辽瀋沈臺台灣湾齡龄內内歲岁隨随獲获熱热壓压爭争攜携竊窃鎖锁閉闭誰谁妳你賠赔佔占';

/** Each traditional character mapped to its simplified form. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = buildMap(PAIRS);

function buildMap(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let index = 0; index + 1 < chars.length; index += 2) {
    const from = chars[index] as string;
    const to = chars[index + 1] as string;
    if (from !== to) map.set(from, to);
  }
  return map;
}
