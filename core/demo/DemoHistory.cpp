// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlanner.h"
#include "cards/CardRules.h"

#include <algorithm>

namespace Club::Core::Demo {

namespace {
// A moment in shop hours (09:30 to 21:30 in Tehran) in (from, to) when the span allows it.
QDateTime shopTime(Dice &dice, const QDateTime &from, const QDateTime &to)
{
    QDateTime t = dice.timeBetween(from, to);
    const QDateTime inHours(t.date(), QTime(6, 0).addSecs(dice.between(0, 12 * 3600 - 1)), Qt::UTC);
    return inHours > from && inHours < to ? inHours : t;
}

int purchasesPerThousandMonths(const QString &tier)
{
    if (tier == QLatin1String("platinum"))
        return 5000;
    if (tier == QLatin1String("gold"))
        return 3000;
    if (tier == QLatin1String("silver"))
        return 1600;
    return 800;
}

QString pin(Dice &dice)
{
    for (;;) {
        QString pin;
        for (int d = 0; d < 4; ++d)
            pin += QChar(char16_t(u'0' + dice.between(0, 9)));
        if (CardRules::pinProblem(pin) == CardRules::PinProblem::None) // what CardService accepts
            return pin;
    }
}
} // namespace

// Purchases, a birthday gift, perhaps a redemption, an adjustment and a gift card, all
// after the person joined. Family members who joined someone else's account do not
// redeem or take points away: their history is written after the head's, so a draw from
// the shared account could otherwise take points the head earned later.
QList<Event> Planner::history(const Person &p, int index)
{
    Dice dice(m_seed, HistoryStream, quint32(index));
    QList<Event> out = purchases(p, dice);
    const bool joiner = p.familyHead >= 0;
    QDateTime firstPurchase = m_lastEvent;
    for (const Event &e : out)
        firstPurchase = std::min(firstPurchase, e.at);

    if (!joiner && out.size() >= 2 && dice.chance(350)) {
        const QDateTime after = firstPurchase.addDays(1);
        for (int k = dice.between(1, 2); k > 0; --k) {
            Event e;
            e.kind = EventKind::Redeem;
            e.at = shopTime(dice, after, m_lastEvent);
            e.amount = dice.between(5, 40) * 10;
            if (e.at > after && e.at < m_lastEvent)
                out.append(e);
        }
    }

    const QDate born = p.draft.birthDate;
    for (int year = p.joinedAt.date().year(); born.isValid() && year <= m_lastEvent.date().year(); ++year) {
        QDate day(year, born.month(), born.day());
        if (!day.isValid())
            day = QDate(year, 3, 1); // born on 29 February
        const QDateTime at(day, QTime(5, 0), Qt::UTC);
        if (at > p.joinedAt && at < m_lastEvent)
            out.append({at, EventKind::Birthday, kBirthdayPoints, {}, {}, {}, BlockReason::Other});
    }

    if (dice.chance(40)) {
        const bool take = !joiner && dice.chance(300);
        Event e;
        e.kind = EventKind::Adjust;
        e.at = shopTime(dice, p.joinedAt.addSecs(3600), m_lastEvent);
        e.amount = dice.between(5, 30) * 10 * (take ? -1 : 1);
        e.text = dice.pick(m_lists.phrase(take ? QStringLiteral("adjust-minus") : QStringLiteral("adjust-plus")));
        if (e.at > p.joinedAt && e.at < m_lastEvent)
            out.append(e);
    }
    out += giftCard(p, dice);
    return out;
}

// Busier tiers shop more often; the longer a member has been in the club, the more sales.
QList<Event> Planner::purchases(const Person &p, Dice &dice)
{
    QList<Event> out;
    const qint64 days = std::max<qint64>(0, p.joinedAt.daysTo(m_lastEvent));
    const qint64 count = std::min<qint64>(40, purchasesPerThousandMonths(p.draft.tier) * days * dice.between(40, 160) /
                                                  (1000LL * 30 * 100));
    for (qint64 k = 0; k < count; ++k) {
        Event e;
        e.kind = EventKind::Purchase;
        e.at = shopTime(dice, p.joinedAt.addSecs(600), m_lastEvent);
        const Money spent = Money(dice.chance(200) ? dice.between(400, 1500) : dice.between(30, 400)) * 10'000;
        e.amount = spent / kPointValue;
        if (dice.chance(200))
            e.availableAt = e.at.addDays(kReturnWindowDays);
        if (e.at > p.joinedAt && e.at < m_lastEvent)
            out.append(e);
    }
    return out;
}

// About one member in seven buys a gift card soon after joining and spends from it.
QList<Event> Planner::giftCard(const Person &p, Dice &dice)
{
    if (!dice.chance(150))
        return {};
    QList<Event> out;
    Event issue;
    issue.kind = EventKind::GiftCard;
    issue.at = shopTime(dice, p.joinedAt, std::min(p.joinedAt.addDays(30), m_lastEvent));
    static const QList<int> hundredThousands = {5, 10, 20, 30, 50};
    issue.amount = Money(dice.pick(hundredThousands)) * 100'000;
    out.append(issue);

    Money left = issue.amount;
    QDateTime t = issue.at;
    for (int k = dice.between(0, 3); k > 0; --k) {
        t = shopTime(dice, t.addSecs(600), m_lastEvent);
        const Money spend = left * dice.between(20, 70) / 100 / 10'000 * 10'000;
        if (t >= m_lastEvent || spend < 10'000)
            break;
        left -= spend;
        Event e;
        e.kind = EventKind::GiftSpend;
        e.at = t;
        e.amount = spend;
        out.append(e);
    }
    return out;
}

// Cards that only a few members have: PIN-protected credit cards (PIN hashing is slow
// on purpose, so about ten), replaced loyalty cards (about 3%) and a blocked gift card or two.
void Planner::planRareCards()
{
    if (m_count == 0)
        return;
    Dice dice(m_seed, RareCardStream, 0);
    QList<Person> &people = m_plan.people;

    QList<int> rich;
    QList<int> others;
    for (int i = 0; i < m_count; ++i) {
        const QString &t = people[i].draft.tier;
        (t == QLatin1String("gold") || t == QLatin1String("platinum") ? rich : others).append(i);
    }
    for (int k = std::clamp(m_count / 50, 1, 10); k > 0; --k) {
        QList<int> &pool = rich.isEmpty() ? others : rich;
        if (pool.isEmpty())
            break;
        people[pool.takeAt(dice.between(0, int(pool.size()) - 1))].creditPin = pin(dice);
    }

    QSet<int> replaced;
    for (int k = std::max(1, (m_count * 3 + 50) / 100); k > 0 && replaced.size() < m_count; --k) {
        const int i = freeIndex(dice, replaced, 0, m_count - 1);
        if (i < 0)
            break;
        replaced.insert(i);
        Person &p = people[i];
        Event e;
        e.kind = EventKind::ReplaceLoyalty;
        const QDateTime from = p.joinedAt.addDays(1) < m_lastEvent ? p.joinedAt.addDays(1) : p.joinedAt.addSecs(60);
        e.at = shopTime(dice, from, m_lastEvent);
        const bool lost = dice.chance(600);
        e.reason = lost ? BlockReason::Lost : BlockReason::Damaged;
        e.text = dice.pick(m_lists.phrase(lost ? QStringLiteral("note-lost") : QStringLiteral("note-damaged")));
        p.events.append(e);
    }

    QList<int> giftHolders;
    for (int i = 0; i < m_count; ++i) {
        for (const Event &e : people[i].events) {
            if (e.kind == EventKind::GiftCard)
                giftHolders.append(i);
        }
    }
    for (int k = m_count >= 150 ? 2 : 1; k > 0 && !giftHolders.isEmpty(); --k) {
        Person &p = people[giftHolders.takeAt(dice.between(0, int(giftHolders.size()) - 1))];
        QDateTime lastGiftEvent = p.joinedAt;
        for (const Event &e : p.events) {
            if (e.kind == EventKind::GiftCard || e.kind == EventKind::GiftSpend)
                lastGiftEvent = std::max(lastGiftEvent, e.at);
        }
        Event e;
        e.kind = EventKind::BlockGift;
        e.at = shopTime(dice, lastGiftEvent.addSecs(600), m_lastEvent);
        const bool stolen = dice.chance(500);
        e.reason = stolen ? BlockReason::Stolen : BlockReason::Lost;
        e.text = dice.pick(m_lists.phrase(stolen ? QStringLiteral("note-stolen") : QStringLiteral("note-lost")));
        if (e.at > lastGiftEvent && e.at < m_lastEvent)
            p.events.append(e);
    }
}

// Sales get invoice numbers in the order they happened, across all members.
void Planner::numberInvoices()
{
    QList<Event *> sales;
    for (Person &p : m_plan.people) {
        for (Event &e : p.events) {
            if (e.kind == EventKind::Purchase || e.kind == EventKind::Redeem || e.kind == EventKind::GiftSpend)
                sales.append(&e);
        }
    }
    std::stable_sort(sales.begin(), sales.end(), [](const Event *a, const Event *b) { return a->at < b->at; });
    int number = 100'001;
    for (Event *e : sales)
        e->reference = QStringLiteral("S-%1").arg(number++);
}

} // namespace Club::Core::Demo
