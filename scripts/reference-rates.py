from decimal import Decimal as D, getcontext
getcontext().prec = 60
def bisect(f, lo, hi):
    flo = f(lo)
    for _ in range(400):
        mid = (lo+hi)/2
        fm = f(mid)
        if (fm < 0) == (flo < 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2
def irr(cf, lo=D('-0.9'), hi=D('10')):
    return bisect(lambda r: sum(D(c)/(1+r)**t for t,c in enumerate(cf)), lo, hi)
import datetime
def xirr(flows, lo=D('-0.99'), hi=D('1e9')):
    d0 = min(datetime.date.fromisoformat(d) for d,_ in flows)
    def f(r):
        s = D(0)
        for d,a in flows:
            t = D((datetime.date.fromisoformat(d)-d0).days)/D(365)
            s += D(a) / ((1+r) ** t)
        return s
    return bisect(f, lo, hi)
r = irr(['99000'] + ['-8833.3']*12); print('pboc r', r, 'simple', r*12, 'comp', (1+r)**12-1)
r = irr(['12000'] + ['-1072']*12); print('card r', r, 'simple', r*12, 'comp', (1+r)**12-1)
print('lo', xirr([('2004-01-01',-100),('2005-01-01',10),('2006-01-01',10),('2007-01-01',110)]))
# 7-day loan: receive 1000, repay 1200 after 7 days
r = irr(['1000','-1200']); print('7day r', r, 'simple', r*D(365)/7)
print('7day xirr', xirr([('2026-03-01',1000),('2026-03-08',-1200)]))
# negative: received 10000 repaid 12 x 800 = 9600
r = irr(['10000'] + ['-800']*12, D('-0.5'), D('1')); print('neg r', r, 'simple', r*12, 'comp', (1+r)**12-1)
# leap day: 2024-02-29 borrow 10000, repay 10500 on 2025-02-28 (365 days), and 2028-02-29 repay?
print('leap xirr', xirr([('2024-02-29',10000),('2025-02-28',-10500)]))
print('leap2 xirr', xirr([('2023-03-01',-10000),('2024-03-01',10800)]))
