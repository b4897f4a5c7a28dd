// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPlan.h"

#include "DemoPlanner.h"

#include <algorithm>

namespace Club::Core::Demo {

int nationalCodeCheckDigit(const QString &nine)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (nine.at(i).unicode() - u'0') * (10 - i);
    const int r = sum % 11;
    return r < 2 ? r : 11 - r;
}

int Plan::cardsOfKind(CardKind kind) const
{
    int n = 0;
    for (const Person &p : people) {
        if (kind == CardKind::Loyalty)
            ++n;
        else if (kind == CardKind::Discount && p.discountCard)
            ++n;
        else if (kind == CardKind::Credit && !p.creditPin.isEmpty())
            ++n;
        for (const Event &e : p.events) {
            if ((kind == CardKind::Gift && e.kind == EventKind::GiftCard) ||
                (kind == CardKind::Loyalty && e.kind == EventKind::ReplaceLoyalty))
                ++n;
        }
    }
    return n;
}

Plan makePlan(const Lists &lists, quint32 seed, int members, const QDateTime &start, const QDateTime &end)
{
    return Planner(lists, seed, members, start, end).make();
}

namespace {
QString localDigits(const QString &ascii, Origin origin)
{
    if (origin == Origin::Arabic)
        return ascii; // Gulf and Iraqi addresses are mostly written with Western digits
    QString out = ascii;
    for (QChar &c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x06F0 + (c.unicode() - u'0')));
    }
    return out;
}
} // namespace

Planner::Planner(const Lists &lists, quint32 seed, int members, const QDateTime &start, const QDateTime &end)
    : m_lists(lists)
    , m_seed(seed)
    , m_dice(seed)
    , m_count(members)
    , m_end(end)
    , m_lastEvent(end.addSecs(-3600))
{
    m_plan.start = start;
    m_plan.end = end;
}

Plan Planner::make()
{
    const QList<QDateTime> joins = joinTimes();
    planFamilies();
    for (int i = 0; i < m_count; ++i) {
        Person p = person(i);
        p.joinedAt = joins.at(i);
        p.events = history(p, i);
        m_plan.people.append(p);
    }
    planRareCards();
    numberInvoices();
    for (Person &p : m_plan.people)
        std::stable_sort(p.events.begin(), p.events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    return m_plan;
}

// Members join on random days between the opening and now, in shop hours (09:30 to
// 21:30 in Tehran), in order of index.
QList<QDateTime> Planner::joinTimes()
{
    Dice dice(m_seed, JoinStream, 0);
    QList<QDateTime> out;
    const QDateTime first = m_plan.start.addDays(1);
    const QDateTime last = m_lastEvent.addSecs(-3600);
    for (int i = 0; i < m_count; ++i) {
        QDateTime t = dice.timeBetween(first, last);
        t.setTime(QTime(6, 0).addSecs(dice.between(0, 12 * 3600 - 1)));
        const int early = dice.between(0, 3600);
        if (t >= last)
            t = last.addSecs(-early);
        out.append(std::max(t, first));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// About one family in 25 members, of 2 to 4 people: a head who joined early, then a
// spouse, then grown-up children, each joining later.
void Planner::planFamilies()
{
    m_familyHead = QList<int>(m_count, -1);
    m_role = QList<FamilyRole>(m_count, FamilyRole::None);
    const int families = m_count >= 10 ? std::max(1, m_count / 25) : 0;
    QSet<int> used;
    for (int f = 0; f < families; ++f) {
        const int head = freeIndex(m_dice, used, 0, m_count * 6 / 10 - 1);
        if (head < 0)
            continue;
        used.insert(head);
        m_role[head] = FamilyRole::Head;
        QList<int> joiners;
        const int size = m_dice.between(2, 4);
        for (int k = 1; k < size; ++k) {
            const int j = freeIndex(m_dice, used, head + 1, m_count - 1);
            if (j < 0)
                break;
            used.insert(j);
            joiners.append(j);
        }
        std::sort(joiners.begin(), joiners.end());
        for (int k = 0; k < joiners.size(); ++k) {
            m_familyHead[joiners[k]] = head;
            m_role[joiners[k]] = k == 0 ? FamilyRole::Spouse : FamilyRole::Child;
        }
    }
}

int Planner::freeIndex(Dice &dice, const QSet<int> &used, int lo, int hi)
{
    if (hi < lo)
        return -1;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const int i = dice.between(lo, hi);
        if (!used.contains(i))
            return i;
    }
    return -1;
}

const Name &Planner::nameOf(Origin origin, Gender gender)
{
    const QList<Name> &names = m_lists.first(origin);
    QList<int> fits;
    for (int i = 0; i < names.size(); ++i) {
        if (names[i].gender == gender)
            fits.append(i);
    }
    return fits.isEmpty() ? m_dice.pick(names) : names[m_dice.pick(fits)];
}

const Place &Planner::placeFor(Origin origin)
{
    QList<int> weights;
    for (const Place &p : m_lists.places)
        weights.append(p.origin == origin ? p.weight : 0);
    return m_lists.places[m_dice.weighted(weights)];
}

QDate Planner::birthDate(int age)
{
    return m_end.date().addYears(-age).addDays(-m_dice.between(0, 364));
}

QDate Planner::marriageDate(const QDate &birth)
{
    const QDate d = birth.addYears(m_dice.between(21, 32)).addDays(m_dice.between(0, 364));
    return d < m_end.date() ? d : QDate();
}

int Planner::ageOf(int index) const
{
    return int(m_plan.people[index].draft.birthDate.daysTo(m_end.date()) / 365);
}

QString Planner::uniqueMobile(const Place &place)
{
    for (;;) {
        QString mobile = m_dice.pick(place.mobilePrefixes);
        for (int d = 0; d < 7; ++d)
            mobile += QChar(char16_t(u'0' + m_dice.between(0, 9)));
        if (!m_mobiles.contains(mobile)) {
            m_mobiles.insert(mobile);
            return mobile;
        }
    }
}

QString Planner::uniqueNationalCode()
{
    for (;;) {
        QString nine;
        for (int d = 0; d < 9; ++d)
            nine += QChar(char16_t(u'0' + m_dice.between(0, 9)));
        const QString code = nine + QChar(char16_t(u'0' + nationalCodeCheckDigit(nine)));
        if (code.count(code.at(0)) == code.size() || m_codes.contains(code))
            continue;
        m_codes.insert(code);
        return code;
    }
}

QString Planner::email(const Name &first, const Name &last, Origin origin)
{
    static const QStringList separators = {QStringLiteral("."), QStringLiteral("_"), QString()};
    QString local = first.latin + m_dice.pick(separators) + last.latin;
    if (m_dice.chance(600))
        local += QString::number(m_dice.between(1, 99));
    const QString category =
        origin == Origin::Persian ? QStringLiteral("email-domains-fa") : QStringLiteral("email-domains-ar");
    const QStringList domains = m_lists.phrase(category).constFirst().split(QLatin1Char(','));
    return local + QLatin1Char('@') + m_dice.pick(domains);
}

QString Planner::tier()
{
    static const QStringList tiers = {QStringLiteral("white"), QStringLiteral("silver"), QStringLiteral("gold"),
                                      QStringLiteral("platinum")};
    return tiers[m_dice.weighted({55, 25, 15, 5})];
}

// Gender, age, family name and marriage of a family member follow the head's.
void Planner::familyTies(int i, Person &p, int &age)
{
    Member &m = p.draft;
    const int head = m_familyHead[i];
    switch (m_role[i]) {
    case FamilyRole::None:
        break;
    case FamilyRole::Head:
        age = m_dice.between(42, 65);
        break;
    case FamilyRole::Spouse:
        m.gender = m_plan.people[head].draft.gender == Gender::Male ? Gender::Female : Gender::Male;
        age = std::clamp(ageOf(head) + m_dice.between(-8, 3), 18, 70);
        m_spouseOf.insert(head, i);
        break;
    case FamilyRole::Child: {
        const int spouse = m_spouseOf.value(head, head);
        age = m_dice.between(18, std::max(18, std::min(ageOf(head), ageOf(spouse)) - 22));
        break;
    }
    }
}

Person Planner::person(int i)
{
    Person p;
    Member &m = p.draft;
    const int head = m_familyHead[i];
    p.familyHead = head;
    p.origin = head >= 0 ? m_plan.people[head].origin : (m_dice.chance(750) ? Origin::Persian : Origin::Arabic);

    int age = 18 + m_dice.between(0, 26) + m_dice.between(0, 26);
    m.gender = m_dice.chance(500) ? Gender::Female : Gender::Male;
    familyTies(i, p, age);

    const Name &first = nameOf(p.origin, m.gender);
    m.firstName = first.text;
    m.gender = first.gender;
    int last = m_dice.between(0, int(m_lists.last(p.origin).size()) - 1);
    if (m_role[i] == FamilyRole::Child) {
        // Children carry their father's family name.
        const int spouse = m_spouseOf.value(head, head);
        last = m_lastNameOf[m_plan.people[head].draft.gender == Gender::Male ? head : spouse];
    }
    m_lastNameOf.append(last);
    m.lastName = m_lists.last(p.origin)[last].text;

    m.birthDate = birthDate(age);
    if (m_role[i] == FamilyRole::Head)
        m.marriageDate = marriageDate(m.birthDate);
    else if (m_role[i] == FamilyRole::Spouse)
        m.marriageDate = m_plan.people[head].draft.marriageDate;
    else if (m_role[i] == FamilyRole::None && age >= 24 && m_dice.chance(450))
        m.marriageDate = marriageDate(m.birthDate);

    contact(i, p, first, m_lists.last(p.origin)[last]);
    m.tier = tier();
    if (m_dice.chance(30))
        m.notes = m_dice.pick(m_lists.phrase(QStringLiteral("member-note")));
    m.smsOptOut = m_dice.chance(40);
    m.emailOptOut = !m.email.isEmpty() && m_dice.chance(100);

    if (i >= 5 && head < 0 && m_dice.chance(100))
        p.referrer = m_dice.between(0, i - 1);
    p.groupKeys = groups(m, age);
    p.discountCard = p.groupKeys.contains(QStringLiteral("staff"));
    return p;
}

// Where the person lives and how to reach them; a family shares one home.
void Planner::contact(int i, Person &p, const Name &first, const Name &last)
{
    Member &m = p.draft;
    const int head = m_familyHead[i];
    if (head >= 0) {
        m.city = m_plan.people[head].draft.city;
        m.address = m_plan.people[head].draft.address;
        m_placeOf.append(m_placeOf[head]);
    } else {
        const Place &place = placeFor(p.origin);
        m.city = place.city;
        const QString format =
            m_lists.phrase(p.origin == Origin::Persian ? QStringLiteral("address-fa") : QStringLiteral("address-ar"))
                .constFirst();
        m.address =
            format.arg(m_dice.pick(place.streets), localDigits(QString::number(m_dice.between(1, 40)), p.origin),
                       localDigits(QString::number(m_dice.between(1, 120)), p.origin));
        m_placeOf.append(int(&place - m_lists.places.constData()));
    }
    m.mobile = uniqueMobile(m_lists.places[m_placeOf.constLast()]);
    if (p.origin == Origin::Persian && m_dice.chance(600))
        m.nationalCode = uniqueNationalCode();
    if (m_dice.chance(300))
        m.email = email(first, last, p.origin);
}

// Zero to two groups; some only fit some people.
QStringList Planner::groups(const Member &m, int age)
{
    QStringList out;
    const bool vipTier = m.tier == QLatin1String("gold") || m.tier == QLatin1String("platinum");
    if (vipTier && m_dice.chance(700))
        out.append(QStringLiteral("vip"));
    const int wanted = m_dice.weighted({40, 40, 20});
    QList<int> weights;
    for (const GroupSpec &g : m_lists.groups) {
        int w = 10;
        if (g.key == QLatin1String("vip"))
            w = 0;
        else if (g.key == QLatin1String("staff"))
            w = 2;
        else if (g.key == QLatin1String("wholesale"))
            w = 3;
        else if (g.key == QLatin1String("students"))
            w = age < 27 ? 12 : 0;
        else if (g.key == QLatin1String("newsletter"))
            w = m.email.isEmpty() ? 0 : 25;
        else if (g.key == QLatin1String("corporate"))
            w = age < 60 ? 5 : 0;
        weights.append(w);
    }
    while (out.size() < wanted) {
        const int g = m_dice.weighted(weights);
        if (g < 0)
            break;
        out.append(m_lists.groups[g].key);
        weights[g] = 0;
    }
    return out;
}

} // namespace Club::Core::Demo
