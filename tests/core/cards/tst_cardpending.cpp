// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardFixture.h"
#include "auth/AuditLog.h"
#include "storage/Migrator.h"
#include "TestMain.h"

#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace Club::Core;
using Club::Test::CardFixture;

namespace {
QStringList events(CardService &cards, const Actor &actor, Id cardId)
{
    QStringList out;
    const Result<QList<CardEvent>> h = cards.history(actor, cardId);
    if (h) {
        for (const CardEvent &e : *h)
            out << e.event;
    }
    return out;
}

QString errorOf(const Status &s)
{
    return s ? QStringLiteral("<ok>") : s.error().detail;
}

template<typename T>
QString errorOf(const Result<T> &r)
{
    return r ? QStringLiteral("<ok>") : r.error().detail;
}

CardPresentation shown(const QString &number, const QString &uid, const QString &source,
                       CardPresentation::Check check = CardPresentation::Check::Valid)
{
    CardPresentation p;
    p.cardNumber = number;
    p.chipUid = uid;
    p.source = source;
    p.check = check;
    return p;
}
} // namespace

class TestCardPending : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingActivatesOrVoids_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pendingActivatesOrVoids()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType draft = CardFixture::typeDraft(QStringLiteral("Chip"));
        draft.trackStock = true;
        const Id type = f.type(draft);
        QVERIFY(f.cards.addStock(f.admin, f.admin.branchId, type, 3, QStringLiteral("delivery")).ok());
        const Id one = f.member(1);
        const Id two = f.member(2);

        Result<Card> a = f.cards.issuePending(f.admin, one, type);
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().message));
        QCOMPARE(a->status, CardStatus::Pending);
        QCOMPARE(*f.cards.stock(f.admin, f.admin.branchId, type), 2);
        // A pending card counts against the member's limit.
        QVERIFY(!f.cards.issue(f.admin, one, type).ok());
        // Not usable before activation.
        QCOMPARE(errorOf(f.cards.block(f.admin, a->id, BlockReason::Lost)), CardService::kPending);
        QCOMPARE(errorOf(f.cards.replace(f.admin, a->id, BlockReason::Lost)), CardService::kPending);
        QCOMPARE(errorOf(f.cards.activate(f.admin, a->id, QStringLiteral("04:zz"))), CardService::kBadChipUid);

        Result<Card> active = f.cards.activate(f.admin, a->id, QStringLiteral("04:a1:b2:c3"));
        QVERIFY2(active.ok(), qPrintable(active ? QString() : active.error().message));
        QCOMPARE(active->status, CardStatus::Active);
        QCOMPARE(active->chipUid, QStringLiteral("04A1B2C3"));
        QCOMPARE(errorOf(f.cards.activate(f.admin, a->id, {})), CardService::kNotPending);
        QCOMPARE(errorOf(f.cards.voidPending(f.admin, a->id, QStringLiteral("late"))), CardService::kNotPending);
        QCOMPARE(events(f.cards, f.admin, a->id), (QStringList{QStringLiteral("issued.pending"),
                                                              QStringLiteral("activated")}));

        Result<Card> b = f.cards.issuePending(f.admin, two, type);
        QVERIFY(b.ok());
        // The same chip cannot belong to two cards.
        QCOMPARE(errorOf(f.cards.activate(f.admin, b->id, QStringLiteral("04A1B2C3"))), CardService::kChipUidTaken);
        QCOMPARE(f.cards.voidPending(f.admin, b->id, QStringLiteral("  ")).error().field, QStringLiteral("reason"));
        QVERIFY(f.cards.voidPending(f.admin, b->id, QStringLiteral("encoder jammed")).ok());
        const Result<Card> voided = f.cards.card(f.admin, b->id);
        QCOMPARE(voided->status, CardStatus::Void);
        QCOMPARE(voided->blockReason, QStringLiteral("encoder jammed"));
        // The blank is spoiled, not returned.
        QCOMPARE(*f.cards.stock(f.admin, f.admin.branchId, type), 1);
        QCOMPARE(events(f.cards, f.admin, b->id), (QStringList{QStringLiteral("issued.pending"),
                                                              QStringLiteral("voided"),
                                                              QStringLiteral("blank.spoiled")}));
        QCOMPARE(errorOf(f.cards.activate(f.admin, b->id, {})), CardService::kNotPending);
        QCOMPARE(errorOf(f.cards.unblock(f.admin, b->id)), CardService::kVoid);
        QCOMPARE(errorOf(f.cards.setPin(f.admin, b->id, QStringLiteral("2580"))), CardService::kVoid);

        // The void number is never given again and the member may get a new card.
        Result<Card> c = f.cards.issuePending(f.admin, two, type);
        QVERIFY(c.ok());
        QVERIFY(c->number != b->number);
        QVERIFY(f.cards.activate(f.admin, c->id, {}).ok());
        QVERIFY(f.cards.card(f.admin, c->id)->chipUid.isEmpty());
        QCOMPARE(*f.cards.stock(f.admin, f.admin.branchId, type), 0);

        const Actor accountant = f.t.actorWithRole(Role::Accountant);
        QCOMPARE(f.cards.issuePending(accountant, one, type).error().code, Error::Code::Forbidden);
        QCOMPARE(f.cards.activate(accountant, c->id, {}).error().code, Error::Code::Forbidden);
    }

    void pendingReplacement_data() { CLUB_ADD_ENGINE_ROWS(); }
    void pendingReplacement()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        const Id type = f.type(CardFixture::typeDraft(QStringLiteral("Chip")));
        const Id one = f.member(1);
        Result<Card> old = f.cards.issue(f.admin, one, type, QStringLiteral("2580"));
        QVERIFY(old.ok());

        Result<Card> fresh = f.cards.replacePending(f.admin, old->id, BlockReason::Damaged, QStringLiteral("cracked"));
        QVERIFY2(fresh.ok(), qPrintable(fresh ? QString() : fresh.error().message));
        QCOMPARE(fresh->status, CardStatus::Pending);
        QCOMPARE(fresh->replacesCardId, old->id);
        QCOMPARE(fresh->sequenceNo, 2);
        QCOMPARE(f.cards.card(f.admin, old->id)->status, CardStatus::Active);
        QCOMPARE(errorOf(f.cards.replace(f.admin, old->id, BlockReason::Lost)), CardService::kReplacementPending);
        QCOMPARE(errorOf(f.cards.replacePending(f.admin, old->id, BlockReason::Lost)),
                 CardService::kReplacementPending);

        // Voiding the replacement leaves the old card in use.
        QVERIFY(f.cards.voidPending(f.admin, fresh->id, QStringLiteral("misprint")).ok());
        QCOMPARE(f.cards.card(f.admin, old->id)->status, CardStatus::Active);

        Result<Card> second = f.cards.replacePending(f.admin, old->id, BlockReason::Damaged, QStringLiteral("cracked"));
        QVERIFY(second.ok());
        // The PIN changed meanwhile: activation carries the current one over.
        QVERIFY(f.cards.setPin(f.admin, old->id, QStringLiteral("3691")).ok());
        Result<Card> done = f.cards.activate(f.admin, second->id, QStringLiteral("04112233445566"));
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->status, CardStatus::Active);
        QVERIFY(done->blockReason.isEmpty());
        const Result<Card> retired = f.cards.card(f.admin, old->id);
        QCOMPARE(retired->status, CardStatus::Replaced);
        QCOMPARE(retired->blockReason, QStringLiteral("damaged: cracked"));
        QVERIFY(f.cards.verifyPin(f.admin, second->id, QStringLiteral("3691")).ok());
        QCOMPARE(events(f.cards, f.admin, old->id),
                 (QStringList{QStringLiteral("issued"), QStringLiteral("pin.set"),
                              QStringLiteral("replacement.requested"), QStringLiteral("replacement.requested"),
                              QStringLiteral("pin.set"), QStringLiteral("replaced")}));
        QCOMPARE(events(f.cards, f.admin, second->id),
                 (QStringList{QStringLiteral("replacement.pending"), QStringLiteral("activated")}));
    }

    void identifyEachCase_data() { CLUB_ADD_ENGINE_ROWS(); }
    void identifyEachCase()
    {
        QFETCH(int, engine);
        CardFixture f{Database::Engine(engine)};
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CardType draft = CardFixture::typeDraft(QStringLiteral("Chip"));
        draft.maxPerMember = 0;
        const Id type = f.type(draft);
        const Id one = f.member(1);
        const QString uid = QStringLiteral("04112233");

        const Card chip = *f.cards.activate(f.admin, f.cards.issuePending(f.admin, one, type)->id, uid);
        const Card stripe = *f.cards.activate(f.admin, f.cards.issuePending(f.admin, one, type)->id, {});
        const Card blocked = *f.cards.issue(f.admin, one, type);
        QVERIFY(f.cards.block(f.admin, blocked.id, BlockReason::Stolen).ok());
        const Card replaced = *f.cards.issue(f.admin, one, type);
        QVERIFY(f.cards.replace(f.admin, replaced.id, BlockReason::Lost).ok());
        const Card pending = *f.cards.issuePending(f.admin, one, type);
        const Card voided = *f.cards.issuePending(f.admin, one, type);
        QVERIFY(f.cards.voidPending(f.admin, voided.id, QStringLiteral("jam")).ok());

        const Result<Card> ok = f.cards.identify(f.admin, shown(chip.number, QStringLiteral("04 11 22 33"),
                                                                QStringLiteral("pcsc")));
        QVERIFY2(ok.ok(), qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->id, chip.id);
        QCOMPARE(ok->memberId, one);
        const Result<Card> typed = f.cards.identify(f.admin, shown(stripe.number, {}, QStringLiteral("magstripe")));
        QVERIFY(typed.ok());
        QCOMPARE(typed->id, stripe.id);

        using Check = CardPresentation::Check;
        struct Case
        {
            CardPresentation p;
            QString code;
        };
        const QList<Case> cases{
            {shown(chip.number, QStringLiteral("04112234"), QStringLiteral("pcsc")), CardService::kForged},
            {shown(chip.number, {}, QStringLiteral("pcsc")), CardService::kForged},
            {shown(stripe.number, uid, QStringLiteral("pcsc")), CardService::kForged},
            {shown(chip.number, uid, QStringLiteral("pcsc"), Check::Forged), CardService::kForged},
            {shown(chip.number, uid, QStringLiteral("pcsc"), Check::Foreign), CardService::kForeign},
            {shown({}, uid, QStringLiteral("pcsc"), Check::Blank), CardService::kBlank},
            {shown(chip.number, uid, QStringLiteral("pcsc"), Check::UnknownKeyVersion),
             CardService::kUnknownKeyVersion},
            {shown(QStringLiteral("6280999999999999"), {}, QStringLiteral("keyboard")), CardService::kForeign},
            {shown(QStringLiteral("not a number"), {}, QStringLiteral("keyboard")), CardService::kForeign},
            {shown(blocked.number, {}, QStringLiteral("magstripe")), CardService::kBlocked},
            {shown(replaced.number, {}, QStringLiteral("magstripe")), CardService::kReplaced},
            {shown(pending.number, {}, QStringLiteral("keyboard")), CardService::kPending},
            {shown(voided.number, {}, QStringLiteral("keyboard")), CardService::kVoid},
        };
        const QString refusedCount =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card.identify_refused'");
        for (const Case &c : cases) {
            const qint64 before = f.count(refusedCount);
            const Result<Card> r = f.cards.identify(f.admin, c.p);
            QVERIFY2(!r.ok(), qPrintable(c.p.cardNumber));
            QCOMPARE(r.error().detail, c.code);
            QCOMPARE(f.count(refusedCount), before + 1);
            SqlQuery q(f.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'card.identify_refused' "
                                              "ORDER BY id DESC LIMIT 1"));
            const Result<QVariant> detail = q.scalar();
            QVERIFY(detail.ok());
            const QString text = detail->toString();
            QVERIFY2(text.contains(QStringLiteral("reason=") + c.code), qPrintable(text));
            if (c.p.cardNumber.size() == 16) {
                QVERIFY2(!text.contains(c.p.cardNumber), qPrintable(text));
                QVERIFY2(text.startsWith(c.p.cardNumber.left(6) + QStringLiteral("******") + c.p.cardNumber.right(4)),
                         qPrintable(text));
            }
        }
    }

    // A store made before 0003 keeps its cards, their links and history through the
    // rebuild of the cards table (SQLite) or the new constraint (PostgreSQL).
    void upgradeKeepsCards_data() { CLUB_ADD_ENGINE_ROWS(); }
    void upgradeKeepsCards()
    {
        QFETCH(int, engine);
        Club::Test::TestDatabase t{Database::Engine(engine), false};
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QTemporaryDir old;
        for (const QString &name : {QStringLiteral("0001_foundation.sql"), QStringLiteral("0002_append_only.sql")})
            QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, old.filePath(name)));
        QVERIFY(Migrator(t.db(), old.path()).migrate().ok());
        QCOMPARE(*Migrator(t.db(), old.path()).currentVersion(), 2);

        auto scalar = [&t](const QString &sql) {
            SqlQuery q(t.db(), sql);
            const Result<QVariant> v = q.scalar();
            return v ? v->toLongLong() : -1;
        };
        const QString at = QStringLiteral("'2026-01-01T00:00:00Z'");
        const qint64 account = scalar(QStringLiteral("INSERT INTO member_accounts (created_at) VALUES (") + at +
                                      QStringLiteral(") RETURNING id"));
        const qint64 member = scalar(QStringLiteral("INSERT INTO members (account_id, first_name, last_name, "
                                                    "created_at, updated_at) VALUES (%1, 'A', 'B', %2, %2) "
                                                    "RETURNING id")
                                         .arg(account)
                                         .arg(at));
        const qint64 type = scalar(QStringLiteral("INSERT INTO card_types (name, kind, prefix, created_at, "
                                                  "updated_at) VALUES ('T', 'loyalty', '6280', %1, %1) RETURNING id")
                                       .arg(at));
        QVERIFY(account > 0 && member > 0 && type > 0);
        const QString card = QStringLiteral("INSERT INTO cards (number, card_type_id, member_id, replaces_card_id, "
                                            "status, issued_at) VALUES ('%1', %2, %3, %4, '%5', %6) RETURNING id");
        const qint64 first =
            scalar(card.arg(QStringLiteral("6280000000000016")).arg(type).arg(member).arg(QStringLiteral("NULL"))
                       .arg(QStringLiteral("replaced"), at));
        const qint64 second = scalar(card.arg(QStringLiteral("6280000000000024")).arg(type).arg(member).arg(first)
                                         .arg(QStringLiteral("active"), at));
        QVERIFY(first > 0 && second > first);
        for (qint64 id : {first, second})
            QVERIFY(scalar(QStringLiteral("INSERT INTO card_events (card_id, at, event) VALUES (%1, %2, 'issued') "
                                          "RETURNING id")
                               .arg(id)
                               .arg(at)) > 0);

        const Status upgraded = Migrator(t.db()).migrate();
        QVERIFY2(upgraded.ok(), qPrintable(upgraded ? QString() : upgraded.error().detail));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cards")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT replaces_card_id FROM cards WHERE id = %1").arg(second)), first);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM card_events e JOIN cards c ON c.id = e.card_id")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cards WHERE chip_uid IS NULL")), 2);
        // New statuses are allowed, unknown ones still refused; ids keep counting up.
        const qint64 third = scalar(card.arg(QStringLiteral("6280000000000032")).arg(type).arg(member)
                                        .arg(QStringLiteral("NULL")).arg(QStringLiteral("pending"), at));
        QVERIFY(third > second);
        QCOMPARE(scalar(card.arg(QStringLiteral("6280000000000040")).arg(type).arg(member)
                            .arg(QStringLiteral("NULL")).arg(QStringLiteral("bogus"), at)),
                 -1);
        // One chip, one card.
        QCOMPARE(scalar(QStringLiteral("UPDATE cards SET chip_uid = 'AABBCCDD' WHERE id = %1 RETURNING id")
                            .arg(first)),
                 first);
        QCOMPARE(scalar(QStringLiteral("UPDATE cards SET chip_uid = 'AABBCCDD' WHERE id = %1 RETURNING id")
                            .arg(second)),
                 -1);
        // The foreign keys still point at the rebuilt table.
        QCOMPARE(scalar(QStringLiteral("INSERT INTO card_events (card_id, at, event) VALUES (999, %1, 'x') "
                                       "RETURNING id")
                            .arg(at)),
                 -1);
    }
};

QTEST_GUILESS_MAIN(TestCardPending)
#include "tst_cardpending.moc"
