import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/client';
import { formErrors } from './field-errors';

describe('formErrors', () => {
  it('puts each issue beside its field, first message first, in the catalog’s words', () => {
    const error = new ApiFailure(400, 'invalid_input', '输入有误', [
      { path: 'email', code: 'invalid_email', params: {} },
      { path: 'email', code: 'too_big', params: { origin: 'text', maximum: 254, inclusive: true } },
      { path: 'password', code: 'too_small', params: { origin: 'text', minimum: 10, inclusive: true } },
    ]);
    expect(formErrors(error, ['email', 'password'], 'zh')).toEqual({
      fields: { email: '不是有效的邮箱地址', password: '至少 10 个字符' },
      form: undefined,
    });
    expect(formErrors(error, ['email', 'password'], 'en').fields).toEqual({
      email: 'not a valid email address',
      password: 'at least 10 characters',
    });
  });

  it('keeps the server message for the form when no field is named', () => {
    const error = new ApiFailure(429, 'too_many_attempts', '登录失败次数过多，请15分钟后再试');
    expect(formErrors(error, ['email'], 'zh')).toEqual({
      fields: {},
      form: '登录失败次数过多，请15分钟后再试',
    });
    const other = new ApiFailure(400, 'invalid_input', '输入有误', [
      { path: 'caseFile', code: 'required', params: {} },
    ]);
    expect(formErrors(other, ['email'], 'zh').form).toBe('输入有误');
  });
});
