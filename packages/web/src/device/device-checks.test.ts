import { describe, expect, it } from 'vitest';
import { isIos, isWeChat, needsHomeScreen } from './device-checks';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const IPAD_AS_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const WECHAT_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/107.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F37) NetType/WIFI Language/zh_CN';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

const facts = (userAgent: string, maxTouchPoints = 5, installed = false) => ({
  userAgent,
  maxTouchPoints,
  installed,
});

describe('the browser, for keeping the data', () => {
  it('asks iPhone and iPad Safari to add to the home screen, unless opened from it', () => {
    expect(needsHomeScreen(facts(IPHONE_SAFARI))).toBe(true);
    expect(needsHomeScreen(facts(IPAD_AS_MAC))).toBe(true);
    expect(needsHomeScreen(facts(IPHONE_SAFARI, 5, true))).toBe(false);
  });

  it('does not take a desktop Mac for an iPad, nor Android for iOS', () => {
    expect(isIos(facts(IPAD_AS_MAC, 0))).toBe(false);
    expect(needsHomeScreen(facts(ANDROID_CHROME))).toBe(false);
  });

  it('knows WeChat’s built-in browser', () => {
    expect(isWeChat(facts(WECHAT_ANDROID))).toBe(true);
    expect(isWeChat(facts(ANDROID_CHROME))).toBe(false);
  });
});
