import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/client';
import { formErrors } from './field-errors';

describe('formErrors', () => {
  it('puts each issue beside its field, first message first', () => {
    const error = new ApiFailure(400, 'invalid_input', '输入有误', [
      { path: 'email', message: '不是有效的邮箱地址' },
      { path: 'email', message: '过长' },
      { path: 'password', message: '密码至少10个字符' },
    ]);
    expect(formErrors(error, ['email', 'password'])).toEqual({
      fields: { email: '不是有效的邮箱地址', password: '密码至少10个字符' },
      form: undefined,
    });
  });

  it('keeps the server message for the form when no field is named', () => {
    const error = new ApiFailure(429, 'too_many_attempts', '登录失败次数过多，请15分钟后再试');
    expect(formErrors(error, ['email'])).toEqual({ fields: {}, form: '登录失败次数过多，请15分钟后再试' });
    const other = new ApiFailure(400, 'invalid_input', '输入有误', [{ path: 'caseFile', message: 'x' }]);
    expect(formErrors(other, ['email']).form).toBe('输入有误');
  });
});
