// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberFixture.h"
#include "auth/AuditLog.h"
#include "cards/CardService.h"
#include "TestMain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Club::Core;
using Club::Test::memberDraft;
using Club::Test::MemberFixture;

namespace {
Points pointsOf(MemberFixture &f, Id accountId)
{
    Result<AccountBalance> b = f.ledger.balance(f.admin, accountId);
    return b ? b->points : -1;
}

QList<Id> ids(const Result<QList<Member>> &members)
{
    QList<Id> out;
    if (members) {
        for (const Member &m : *members)
            out << m.id;
    }
    return out;
}

QStringList auditActions(MemberFixture &f, Id memberId)
{
    QStringList out;
    AuditLog audit(f.t.db());
    if (Result<QList<AuditEntry>> lines = audit.list(f.admin, QStringLiteral("member"), memberId)) {
        for (const AuditEntry &e : *lines)
            out << e.action;
    }
    return out;
}
} // namespace

class TestMemberFamily : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinMovesPointsAndLeaveKeepsThem_data() { CLUB_ADD_ENGINE_ROWS(); }
    void joinMovesPointsAndLeaveKeepsThem()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member head = f.create(1);
        const Member child = f.create(2);
        const Id childOldAccount = child.accountId;

        // The head has 50 points; the child 100 that expire in June and 30 still pending.
        EarnOptions expiring;
        expiring.expiresAt = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        EarnOptions pending;
        pending.availableAt = Club::Test::kMemberTestNow.addDays(14);
        QVERIFY(f.ledger.earnPoints(f.admin, head.accountId, 50, {}, QStringLiteral("t-head")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, child.accountId, 100, expiring, QStringLiteral("t-child")).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, child.accountId, 30, pending, QStringLiteral("t-pending")).ok());

        // A card follows its member: it has no account of its own.
        CardService cards(f.t.db(), f.clock);
        CardType type;
        type.name = QStringLiteral("Club card");
        type.prefix = QStringLiteral("6280");
        Result<CardType> cardType = cards.createCardType(f.admin, type);
        QVERIFY(cardType.ok());
        Result<Card> card = cards.issue(f.admin, child.id, cardType->id);
        QVERIFY(card.ok());

        QSignalSpy updated(&f.members, &MemberService::memberUpdated);
        const Status joined = f.members.joinFamily(f.admin, child.id, head.id);
        QVERIFY2(joined.ok(), qPrintable(joined ? QString() : joined.error().message + joined.error().detail));
        QCOMPARE(updated.count(), 2);

        const Member after = *f.members.member(f.admin, child.id);
        QCOMPARE(after.accountId, head.accountId);
        QCOMPARE(after.familyHeadId, head.id);
        QCOMPARE(pointsOf(f, head.accountId), 180);
        QCOMPARE(pointsOf(f, childOldAccount), 0);
        Result<AccountBalance> family = f.ledger.balance(f.admin, head.accountId);
        QCOMPARE(family->pointsPending, 30);
        QCOMPARE(family->nextExpiry, expiring.expiresAt);
        QCOMPARE(family->nextExpiryPoints, 100);
        QCOMPARE(cards.card(f.admin, card->id)->accountId, head.accountId);
        QVERIFY(f.ledger.verify(f.admin)->ok());

        QCOMPARE(ids(f.members.family(f.admin, child.id)), (QList<Id>{head.id, child.id}));
        QCOMPARE(ids(f.members.family(f.admin, head.id)), (QList<Id>{head.id, child.id}));
        QVERIFY(auditActions(f, child.id).contains(QStringLiteral("member.family_join")));

        // A third member joins through a member who is not the head: same family.
        const Member third = f.create(3);
        QVERIFY(f.members.joinFamily(f.admin, third.id, child.id).ok());
        QCOMPARE(ids(f.members.family(f.admin, third.id)), (QList<Id>{head.id, child.id, third.id}));
        QCOMPARE(f.members.member(f.admin, third.id)->familyHeadId, head.id);

        // The head cannot leave while others remain; the child can, with an empty account.
        const QList<qint64> before = f.footprint();
        const Status headLeaves = f.members.leaveFamily(f.admin, head.id);
        QCOMPARE(headLeaves.error().code, Error::Code::Conflict);
        QCOMPARE(f.footprint(), before);

        updated.clear();
        QVERIFY(f.members.leaveFamily(f.admin, child.id).ok());
        QCOMPARE(updated.count(), 2);
        const Member left = *f.members.member(f.admin, child.id);
        QVERIFY(left.accountId != head.accountId);
        QVERIFY(left.accountId != childOldAccount);
        QCOMPARE(left.familyHeadId, child.id);
        QCOMPARE(pointsOf(f, left.accountId), 0);
        QCOMPARE(pointsOf(f, head.accountId), 180);
        QCOMPARE(ids(f.members.family(f.admin, child.id)), QList<Id>{child.id});
        QCOMPARE(ids(f.members.family(f.admin, head.id)), (QList<Id>{head.id, third.id}));
        QCOMPARE(cards.card(f.admin, card->id)->accountId, left.accountId);
        QVERIFY(auditActions(f, child.id).contains(QStringLiteral("member.family_leave")));

        // Alone, there is nothing to leave.
        QCOMPARE(f.members.leaveFamily(f.admin, child.id).error().code, Error::Code::Conflict);

        // Joining again moves nothing twice: the new account is empty, the key is new.
        QVERIFY(f.members.joinFamily(f.admin, child.id, head.id).ok());
        QCOMPARE(pointsOf(f, head.accountId), 180);
        QVERIFY(f.ledger.verify(f.admin)->ok());
    }

    void joinRefusals_data() { CLUB_ADD_ENGINE_ROWS(); }
    void joinRefusals()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member head = f.create(1);
        const Member member = f.create(2);
        const Member inactive = f.create(3);
        const Member rich = f.create(4);
        const Member other = f.create(5);
        QVERIFY(f.members.setActive(f.admin, inactive.id, false).ok());
        QVERIFY(f.ledger.earnPoints(f.admin, rich.accountId, 40, {}, QStringLiteral("rich-points")).ok());
        QVERIFY(f.ledger.chargeStoredValue(f.admin, rich.accountId, 500000, {}, QStringLiteral("rich-gift")).ok());
        QVERIFY(f.members.joinFamily(f.admin, member.id, head.id).ok());
        const QList<qint64> before = f.footprint();

        const Status self = f.members.joinFamily(f.admin, other.id, other.id);
        QCOMPARE(self.error().code, Error::Code::Invalid);
        QCOMPARE(f.members.joinFamily(f.admin, inactive.id, head.id).error().code, Error::Code::Conflict);
        QCOMPARE(f.members.joinFamily(f.admin, other.id, inactive.id).error().code, Error::Code::Conflict);
        QCOMPARE(f.members.joinFamily(f.admin, member.id, head.id).error().code, Error::Code::Conflict);
        // A head with members cannot join another family; nor can a member of one.
        QCOMPARE(f.members.joinFamily(f.admin, head.id, other.id).error().code, Error::Code::Conflict);
        QCOMPARE(f.members.joinFamily(f.admin, member.id, other.id).error().code, Error::Code::Conflict);
        const Status money = f.members.joinFamily(f.admin, rich.id, head.id);
        QCOMPARE(money.error().code, Error::Code::Conflict);
        QVERIFY2(money.error().message.contains(QLatin1String("stored value")), qPrintable(money.error().message));
        QCOMPARE(f.members.joinFamily(f.admin, 999999, head.id).error().code, Error::Code::NotFound);
        QCOMPARE(f.members.joinFamily(f.admin, other.id, 999999).error().code, Error::Code::NotFound);
        QCOMPARE(f.members.leaveFamily(f.admin, 999999).error().code, Error::Code::NotFound);

        QCOMPARE(f.footprint(), before);
        QCOMPARE(pointsOf(f, rich.accountId), 40);
        QCOMPARE(f.members.member(f.admin, rich.id)->accountId, rich.accountId);
    }

    void familyPermissions_data() { CLUB_ADD_ENGINE_ROWS(); }
    void familyPermissions()
    {
        QFETCH(int, engine);
        MemberFixture f(engine);
        QVERIFY2(f.ok(), qPrintable(f.t.error()));
        const Member head = f.create(1);
        const Member member = f.create(2);
        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        const Actor staff = f.t.actorWithRole(Role::Staff);
        QCOMPARE(f.members.joinFamily(accountant, member.id, head.id).error().code, Error::Code::Forbidden);
        QVERIFY(f.members.joinFamily(staff, member.id, head.id).ok());
        QCOMPARE(f.members.leaveFamily(accountant, member.id).error().code, Error::Code::Forbidden);
        QCOMPARE(ids(f.members.family(accountant, member.id)), (QList<Id>{head.id, member.id}));
        QVERIFY(f.members.leaveFamily(staff, member.id).ok());
        QCOMPARE(f.members.family(Actor{}, member.id).error().code, Error::Code::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestMemberFamily)
#include "tst_memberfamily.moc"
