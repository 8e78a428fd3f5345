-- How a payment was made (bank transfer, the lender's app, Alipay, WeChat, cash), as the case file's
-- payments[].channel records it: it says which receipt proves the payment (issue 12).
ALTER TABLE payments ADD COLUMN channel text CHECK (channel IN ('bank_transfer', 'app', 'alipay', 'wechat', 'cash', 'other'));
