// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoDice.h"
#include "DemoPlan.h"

#include <QHash>
#include <QSet>

namespace Club::Core::Demo {

// Draws a Plan. People come from DemoPlan.cpp, their history and the rare cards
// (PIN-protected, replaced, blocked) from DemoHistory.cpp. The people are drawn from
// QRandomGenerator(seed) alone, so they do not depend on the time of day; join times,
// each person's history and the rare cards have streams of their own, so a history that
// comes out one sale longer at another hour changes nobody else's.
class Planner
{
public:
    Planner(const Lists &lists, quint32 seed, int members, const QDateTime &start, const QDateTime &end);

    Plan make();

private:
    // Where a person stands in a family, when it has one.
    enum class FamilyRole { None, Head, Spouse, Child };

    // people
    QList<QDateTime> joinTimes();
    void planFamilies();
    static int freeIndex(Dice &dice, const QSet<int> &used, int lo, int hi);
    Person person(int i);
    void familyTies(int i, Person &p, int &age);
    void contact(int i, Person &p, const Name &first, const Name &last);
    QStringList groups(const Member &m, int age);
    const Name &nameOf(Origin origin, Gender gender);
    const Place &placeFor(Origin origin);
    QDate birthDate(int age);
    QDate marriageDate(const QDate &birth);
    QString uniqueMobile(const Place &place);
    QString uniqueNationalCode();
    QString email(const Name &first, const Name &last, Origin origin);
    QString tier();
    int ageOf(int index) const;

    // history
    QList<Event> history(const Person &p, int index);
    QList<Event> purchases(const Person &p, Dice &dice);
    QList<Event> giftCard(const Person &p, Dice &dice);
    void planRareCards();
    void numberInvoices();

    enum Stream : quint32 { JoinStream = 1, HistoryStream, RareCardStream };

    const Lists &m_lists;
    const quint32 m_seed;
    Dice m_dice; // the people
    int m_count = 0;
    QDateTime m_end;
    QDateTime m_lastEvent; // nothing is planned later than this
    Plan m_plan;
    QList<int> m_familyHead;    // by index; -1 when not joining a family
    QList<FamilyRole> m_role;   // by index
    QHash<int, int> m_spouseOf; // head index -> spouse index
    QList<int> m_lastNameOf;    // by index: index into m_lists.last(origin)
    QList<int> m_placeOf;       // by index: index into m_lists.places
    QSet<QString> m_mobiles;
    QSet<QString> m_codes;
};

} // namespace Club::Core::Demo
