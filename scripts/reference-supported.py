# Independent check of the headline figures pinned in test/examples.test.ts, written from the rules in
# docs/case-format.md and docs/adr/0005-court-supportable-amount-method.md, not from packages/core:
# the schedule from the terms (annuity rounded half-up to the fen, last instalment clearing the
# balance), the true rate by 60-digit Decimal bisection of the IRR, the first overdue day, and the
# supported amount (simple daily interest, actual/365, on the cash received, at min(contract or
# overdue rate, cap), rounded at every payment and rate change; payments to interest first, then
# principal — 民法典 第561条).
#
#   python3 scripts/reference-supported.py examples/NAME.json ['{"debt-id": {"scenario": "cap" | null}}']
#
# The optional JSON gives each debt's scenarios and their caps (null: the contract rate, uncapped);
# by default a debt gets {"reference24": "0.24", "contract": null}. Take 4 × LPR caps from
# shared/reference/lpr.json. Covers equal_installment, flat_fee and interest_only monthly loans whose
# first instalment is one month after the contract (the IRR method); other debts are skipped.
# For each debt it prints the first instalment, the rates, the first overdue day and, per scenario,
# (supported, principal outstanding, interest outstanding, overpaid).
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
import datetime, calendar, json, sys
getcontext().prec = 60
FEN = D('0.01')
def r2(x): return D(x).quantize(FEN, rounding=ROUND_HALF_UP)
def date(s): return datetime.date.fromisoformat(s)
def add_months(d0, k):
    m = d0.month - 1 + k; y = d0.year + m // 12; m = m % 12 + 1
    return datetime.date(y, m, min(d0.day, calendar.monthrange(y, m)[1]))
def bisect(f, lo, hi):
    flo = f(lo)
    for _ in range(400):
        mid = (lo+hi)/2; fm = f(mid)
        if (fm < 0) == (flo < 0): lo, flo = mid, fm
        else: hi = mid
    return (lo+hi)/2
def irr(cf, lo=D('-0.9'), hi=D('10')):
    return bisect(lambda r: sum(D(c)/(1+r)**t for t,c in enumerate(cf)), lo, hi)

def schedule(principal, n, r, method, contract, fee_per_period=D(0), fee_rate=None):
    bal = D(principal); rows = []
    if method == 'equal_installment':
        pmt = r2(bal*r/(1-(1+r)**-n))
        for k in range(1, n+1):
            i = r2(bal*r)
            p = bal if k == n else pmt - i
            rows.append((add_months(contract, k), p + i + fee_per_period)); bal -= p
    elif method == 'flat_fee':
        fee = r2(D(principal)*fee_rate); p0 = r2(D(principal)/n)
        for k in range(1, n+1):
            p = bal if k == n else p0
            rows.append((add_months(contract, k), p + fee + fee_per_period)); bal -= p
    elif method == 'interest_only':
        for k in range(1, n+1):
            i = r2(bal*r)
            rows.append((add_months(contract, k), i + (bal if k == n else 0) + fee_per_period))
    return rows

def overdue_since(rows, payments, as_of):
    due = D(0)
    for d, amt in rows:
        if d >= as_of: break
        due += amt
        paid = sum((a for pd, a in payments if pd <= d), D(0))
        if paid < due: return d + datetime.timedelta(days=1)
    return None

def supported(received, contract, payments, as_of, rate_normal, rate_overdue, od):
    P = D(received); I = D(0); overpaid = D(0)
    events = sorted([(d, a) for d, a in payments if d <= as_of] + ([(od, None)] if od and od <= as_of else []) + [(as_of, None)], key=lambda e: (e[0], e[1] is None))
    last = contract
    for d, a in events:
        # accrue [last, d) piecewise at the rate in force
        if od and last < od < d:
            I += r2(P*rate_normal*(od-last).days/D(365)); last = od
        rate = rate_overdue if od and last >= od else rate_normal
        I += r2(P*rate*(d-last).days/D(365)); last = d
        if a is not None:
            x = min(a, I); I -= x; a -= x
            y = min(a, P); P -= y; a -= y; overpaid += a
    return P, I, P + I, overpaid

def run(debt, as_of, cap):
    t = debt['terms']; contract = date(debt['contractDate'])
    principal = D(debt['principal']); received = D(debt.get('received', principal))
    annual = D(t['annualRate'].rstrip('%'))/100 if 'annualRate' in t else None
    r = annual/12 if annual is not None else D(t.get('feeRatePerPeriod', 0))
    fee_pp = sum((D(f['amount']) for f in debt.get('fees', []) if f['when'] == 'per_period'), D(0))
    rows = schedule(principal, t['periods'], r, t['method'], contract, fee_pp, D(t['feeRatePerPeriod']) if 'feeRatePerPeriod' in t else None)
    cf = [received] + [-a for _, a in rows]
    pr = irr(cf); simple = pr*12; compound = (1+pr)**12 - 1
    pays = [(date(p['date']), D(p['amount'])) for p in debt.get('payments', [])]
    od = overdue_since(rows, pays, as_of)
    pen = D(debt.get('overdue', {}).get('penaltyDailyRate', '0'))*365
    out = {'first_instalment': str(rows[0][1]), 'aprSimple': simple, 'aprCompound': compound, 'overdueSince': str(od)}
    for name, c in cap.items():
        rn = simple if c is None else min(simple, c); ro = simple + pen if c is None else min(simple + pen, c)
        P, I, S, o = supported(received, contract, pays, as_of, rn, ro, od)
        out[name] = (str(r2(S)), str(P), str(I), str(o))
    return out

if __name__ == '__main__':
    case = json.load(open(sys.argv[1])); as_of = date(case['asOf'])
    caps = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    for debt in case['debts']:
        if 'terms' not in debt or debt['terms']['method'] == 'bullet' or 'firstDueDate' in debt['terms']: continue
        c = {k: (None if v is None else D(v)) for k, v in caps.get(debt['id'], {'reference24': '0.24', 'contract': None}).items()}
        res = run(debt, as_of, c)
        print(debt['id'], {k: (float(v) if isinstance(v, D) else v) for k, v in res.items()})
