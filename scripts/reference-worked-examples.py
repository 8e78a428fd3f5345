# Independent figures for the worked examples in test/worked-examples/, written from the rules in
# shared/reference/legal.md (§3, §4, §5.1, §9, §14) and docs/adr/0020-court-method-second-pass.md,
# not from packages/core. Exact Decimal arithmetic; each case is computed the plain way a lawyer
# would on paper: interest day by day between events, rounded half-up to the fen only when a
# payment or a charge is booked and at the end (the product rounds at every boundary, so its
# figures may differ by a few fen; the tests allow for that and say so).
#
#   python3 scripts/reference-worked-examples.py        # prints every case's figures as JSON
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
import datetime, calendar, json
getcontext().prec = 60
FEN = D('0.01')
def r2(x): return D(x).quantize(FEN, rounding=ROUND_HALF_UP)
def date(s): return datetime.date.fromisoformat(s)
def days(a, b): return (b - a).days
def add_months(d0, k):
    m = d0.month - 1 + k; y = d0.year + m // 12; m = m % 12 + 1
    return datetime.date(y, m, min(d0.day, calendar.monthrange(y, m)[1]))

def irr(cf):
    lo, hi = D('-0.9'), D('50')
    f = lambda r: sum(D(c)/(1+r)**t for t, c in enumerate(cf))
    flo = f(lo)
    for _ in range(300):
        mid = (lo+hi)/2; fm = f(mid)
        if (fm < 0) == (flo < 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2

def annuity(principal, n, r, start):
    """等额本息: payment rounded half-up, interest = balance × r rounded, last instalment clears."""
    bal = D(principal); rows = []
    pmt = r2(bal*r/(1-(1+r)**-n))
    for k in range(1, n+1):
        i = r2(bal*r); p = bal if k == n else pmt - i
        rows.append({'date': add_months(start, k), 'payment': p + i, 'principal': p}); bal -= p
    return rows

def flat_fee(principal, n, fee_rate, start):
    """信用卡分期: equal principal plus fee_rate × the original principal each period."""
    fee = r2(D(principal)*fee_rate); p0 = r2(D(principal)/n); bal = D(principal); rows = []
    for k in range(1, n+1):
        p = bal if k == n else p0
        rows.append({'date': add_months(start, k), 'payment': p + fee, 'principal': p}); bal -= p
    return rows

def accrue(P0, start, as_of, rate_on, payments=(), charges=(), principal_due=None, all_due_from=None,
           overdue_from=None, band=None):
    """
    Walks day by day from start to as_of. rate_on(day, overdue) gives (enforceable rate, cap) for a
    principal part that is current or overdue. Overdue principal = principal due before the day less
    principal repaid (all of it after all_due_from, or when no schedule). Charges are booked within
    the room the cap leaves on overdue principal. band = (until, rate): interest between the cap and
    rate before until stands when paid. Payments: interest, then band interest, then principal.
    """
    P = D(P0); interest = D(0); band_due = D(0); room = D(0); pending = D(0)
    acc = D(0); band_acc = D(0); room_acc = D(0); retained = D(0); counted = D(0)
    pays = sorted((date(d), D(a)) for d, a in payments)
    chs = sorted((date(d), D(a)) for d, a in charges)
    day = start
    def book(d):
        nonlocal P, interest, band_due, room, pending, acc, band_acc, room_acc, retained, counted
        interest += r2(acc); acc = D(0)
        band_due += r2(band_acc); band_acc = D(0)
        room += r2(room_acc); room_acc = D(0)
        for cd, ca in chs:
            if cd == d: pending += ca
        take = min(pending, room); pending -= take; room -= take; interest += take; counted += take
        for pd, pa in pays:
            if pd != d: continue
            rest = pa
            t = min(rest, interest); interest -= t; rest -= t
            t = min(rest, band_due); band_due -= t; retained += t; rest -= t
            t = min(rest, P); P -= t; rest -= t
    book(start)
    while day < as_of:
        if overdue_from is None or day < overdue_from: O = D(0)
        elif principal_due is None or (all_due_from is not None and day >= all_due_from): O = P
        else:
            due_before = sum((r['principal'] for r in principal_due if r['date'] < day), D(0))
            O = min(P, max(D(0), due_before - (D(P0) - P)))
        cur = P - O
        (rc, cap) = rate_on(day, False); (ro, cap_o) = rate_on(day, True)
        acc += (cur*min(rc, cap) + O*min(ro, cap)) / 365
        room_acc += O*(cap - min(ro, cap)) / 365
        if band and day < band[0]:
            acc_b = cur*(min(rc, band[1]) - min(rc, cap)) + O*(min(ro, band[1]) - min(ro, cap))
            band_acc += max(D(0), acc_b) / 365
        day += datetime.timedelta(days=1)
        events = {d for d, _ in pays} | {d for d, _ in chs}
        if day in events or day == as_of: book(day)
    return {'supported': str(r2(P + interest)), 'principal': str(r2(P)), 'interest': str(r2(interest)),
            'retained': str(retained), 'charges_counted': str(counted)}

INF = D('1e9')
cases = {}

# 1. Revolving card: 40,000 principal, 0.05 %/day, first missed due date 2026-09-23, statement of
# 2026-12-01 claiming 43,200 with 违约金 1,640; 24 % reference on the principal.
cases['revolving-card'] = accrue(
    40000, date('2026-09-23'), date('2026-12-01'),
    lambda d, o: (D('0.0005')*365, D('0.24')),
    charges=[('2026-12-01', '1640')], overdue_from=date('2026-09-23'))

# 2. Card 分期: 12,000 over 12 periods at 0.6 % a period (flat), from 2025-06-10; six paid on time.
rows = flat_fee(12000, 12, D('0.006'), date('2025-06-10'))
r = irr([12000] + [-row['payment'] for row in rows])
paid = [(row['date'].isoformat(), str(row['payment'])) for row in rows[:6]]
# The court's principal per instalment, scaled to the 12,000 received (equal parts here).
cases['card-instalments'] = {
    'periodic': str(r), 'simple': str(r*12), 'compound': str((1+r)**12 - 1),
    **accrue(12000, date('2025-06-10'), date('2026-06-10'), lambda d, o: (r*12, D('0.24')),
             payments=paid, principal_due=rows, overdue_from=date('2026-01-11'),
             all_due_from=rows[-1]['date'] + datetime.timedelta(days=1)),
}

# 3. Time-barred: last instalment due 2021-03-01, last payment 2020-06-01; limitation ran out
# 2024-03-01 (3 years, 民法典 188/189); an SMS of 2025-05-10 came after that and does not revive it.
cases['time-barred'] = {'since': '2021-03-01', 'expiredOn': '2024-03-01', 'supported': '0.00'}

# 4. Private loan of 2019-06-01 at 36 %, interest only, 100,000; 12 payments of 3,000, then 10,000
# on 2021-03-01. Up to 2020-08-19: 24 % enforced, 24–36 % stands when paid (2015 第26、31条);
# from 2020-08-20: 4 × LPR at suit (asOf 2025-01-15: LPR 3.10 % → 12.4 %).
pays4 = [(add_months(date('2019-06-01'), k).isoformat(), '3000') for k in range(1, 13)] + [('2021-03-01', '10000')]
reform = date('2020-08-20')
cases['private-2019-36'] = accrue(
    100000, date('2019-06-01'), date('2025-01-15'),
    lambda d, o: (D('0.36'), D('0.24') if d < reform else D('0.124')),
    payments=pays4, band=(reform, D('0.36')))

# 5. Bank loan 120,000 over 36 months at 12 % (等额本息), 罚息 +0.02 %/day on overdue principal
# only; 10 instalments paid, first missed 2024-12-15, asOf 400 days after 2024-12-16.
rows5 = annuity(120000, 36, D('0.01'), date('2024-01-15'))
r5 = irr([120000] + [-row['payment'] for row in rows5])
pays5 = [(row['date'].isoformat(), str(row['payment'])) for row in rows5[:10]]
as_of5 = date('2024-12-16') + datetime.timedelta(days=400)
penalty = D('0.0002')*365
due_only = accrue(120000, date('2024-01-15'), as_of5, lambda d, o: (r5*12 + (penalty if o else 0), D('0.24')),
                  payments=pays5, principal_due=rows5, overdue_from=date('2024-12-16'))
whole = accrue(120000, date('2024-01-15'), as_of5, lambda d, o: (r5*12 + (penalty if o else 0), D('0.24')),
               payments=pays5, principal_due=None, overdue_from=date('2024-12-16'))
cases['bank-400-days'] = {'asOf': as_of5.isoformat(), 'simple': str(r5*12), **due_only,
                          'whole_principal_supported': whole['supported']}

# 6. Interest-free IOU of 50,000 due 2024-05-01; 10,000 repaid 2024-10-01. No interest in the term
# (民法典 680); overdue interest from 2024-05-02 at the one-year LPR then in force (3.45 %).
cases['interest-free-iou'] = accrue(
    50000, date('2023-05-01'), date('2026-12-01'),
    lambda d, o: (D('0.0345') if o else D(0), INF),
    payments=[('2024-10-01', '10000')], principal_due=None, overdue_from=date('2024-05-02'))

# 7. 7-day loan: 3,000 on paper, 2,100 received (30 % kept back), due 2026-10-08; unlicensed:
# the principal received plus at most the one-year LPR (3.00 %) from 2026-10-01 to 2026-11-20.
cases['unlicensed-7-day'] = accrue(2100, date('2026-10-01'), date('2026-11-20'),
                                   lambda d, o: (D('0.03'), D('0.03')), overdue_from=date('2026-10-09'))

# 8. Guarantor after 代偿: bank loan 20,000, 12 months at 20 % plus a 100 guarantee fee a month; 4
# paid; the guarantor paid the bank on 2025-01-10 and claims 22,800 on 2026-06-01. The claim is
# measured by the bank's own rules: the 24 % reference on the comprehensive rate.
rows8 = annuity(20000, 12, D('0.2')/12, date('2024-06-01'))
for row in rows8: row['payment'] += 100
r8 = irr([20000] + [-row['payment'] for row in rows8])
pays8 = [(row['date'].isoformat(), str(row['payment'])) for row in rows8[:4]]
# Court principal per instalment: the schedule's principal (received = face here).
cases['guarantor-after-payment'] = {
    'simple': str(r8*12),
    **accrue(20000, date('2024-06-01'), date('2026-06-01'), lambda d, o: (r8*12, D('0.24')),
             payments=pays8, principal_due=rows8, overdue_from=date('2024-11-02'),
             all_due_from=rows8[-1]['date'] + datetime.timedelta(days=1)),
}

print(json.dumps(cases, indent=1, ensure_ascii=False))
