// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchClub.h"

#include "ServiceHub.h"
#include "auth/AuthService.h"
#include "cards/Card.h"
#include "inventory/Inventory.h"
#include "members/Member.h"
#include "rules/Rule.h"
#include "storage/Transaction.h"
#include "sync/RequestSigning.h"
#include "util/Clock.h"

#include <QUuid>

namespace Club::Bench {

using namespace Club::Core;

namespace {
Error failed(const QString &what, const Error &why)
{
    return Error::make(why.code, what + QStringLiteral(": ") + why.message, why.detail);
}

// Members are written in batches of this many per transaction: the load is set-up, not
// what is measured, and one commit per row would make it the slowest part of a quick run.
constexpr int kBatch = 100;
} // namespace

Result<ClubData> loadClub(Database &db, const QString &adminPassword, const ClubSize &size)
{
    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-3600));
    ServiceHub hub(db, clock);
    Result<Actor> admin = hub.auth().login(QStringLiteral("admin"), adminPassword, QStringLiteral("serverbench"));
    if (!admin)
        return failed(QStringLiteral("admin login"), admin.error());

    SalesSettings settings = hub.sales().settings();
    settings.pointValue = 100;
    settings.zone = QTimeZone(QByteArrayLiteral("Asia/Tehran"));
    if (Status s = hub.salesSettings().save(*admin, settings); !s)
        return failed(QStringLiteral("sales settings"), s.error());
    Result<Warehouse> warehouse = hub.inventory().createWarehouse(*admin, admin->branchId, QStringLiteral("Main"));
    if (!warehouse)
        return failed(QStringLiteral("warehouse"), warehouse.error());

    ClubData club;
    const QDateTime since = clock.nowUtc();
    for (int i = 1; i <= size.products; ++i) {
        Product p;
        p.code = QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0'));
        p.nameEn = QStringLiteral("Bench product %1").arg(i);
        Result<Product> made = hub.catalog().createProduct(*admin, p);
        if (!made)
            return failed(QStringLiteral("product"), made.error());
        // 10,000 to 400,000 rials, so sales earn a few points each.
        if (Status s = hub.catalog().setPrice(*admin, made->id, kNoId, Money(10'000) * i, since); !s)
            return failed(QStringLiteral("price"), s.error());
        StockMovement m;
        m.productId = made->id;
        m.warehouseId = warehouse->id;
        m.kind = MovementKind::Receipt;
        m.qty = 100'000'000; // never runs out, however long the run
        if (Result<Id> moved = hub.inventory().record(*admin, m); !moved)
            return failed(QStringLiteral("stock"), moved.error());
        club.productCodes.append(made->code);
    }

    Rule earn;
    earn.name = QStringLiteral("Bench earn");
    earn.points = 1;
    earn.perAmount = 10'000;
    if (Result<Rule> r = hub.rules().create(*admin, earn); !r)
        return failed(QStringLiteral("rule"), r.error());
    CardType type;
    type.name = QStringLiteral("Bench card");
    type.kind = CardKind::Loyalty;
    type.prefix = QStringLiteral("6280");
    type.maxPerMember = 0;
    Result<CardType> cardType = hub.cards().createCardType(*admin, type);
    if (!cardType)
        return failed(QStringLiteral("card type"), cardType.error());

    for (int first = 0; first < size.members; first += kBatch) {
        Transaction tx(db);
        if (!tx.ok())
            return tx.error();
        for (int i = first; i < std::min(size.members, first + kBatch); ++i) {
            Member d;
            d.firstName = QStringLiteral("Bench");
            d.lastName = QStringLiteral("Member %1").arg(i + 1);
            d.mobile = QStringLiteral("+98912%1").arg(i + 1, 7, 10, QLatin1Char('0'));
            Result<Member> member = hub.members().create(*admin, d);
            if (!member)
                return failed(QStringLiteral("member"), member.error());
            Result<Card> card = hub.cards().issue(*admin, member->id, cardType->id);
            if (!card)
                return failed(QStringLiteral("card"), card.error());
            if (auto p = hub.ledger().adjustPoints(*admin, member->accountId, size.pointsEach,
                                                   QStringLiteral("benchmark opening balance"),
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
                !p)
                return failed(QStringLiteral("points"), p.error());
            club.cardNumbers.append(card->number);
        }
        if (Status s = tx.commit(); !s)
            return s.error();
    }

    Operator cashier;
    cashier.username = QStringLiteral("bench-cashier");
    cashier.fullName = QStringLiteral("Bench cashier");
    cashier.role = Role::Staff;
    cashier.branchId = admin->branchId;
    // A throwaway password: the cluster lives only as long as the run.
    const QString password = QString::fromLatin1(RequestSigning::toBase64Url(RequestSigning::randomBytes(18)));
    if (Result<Operator> op = hub.auth().createOperator(*admin, cashier, password); !op)
        return failed(QStringLiteral("cashier"), op.error());
    club.cashier = cashier.username;
    club.cashierPassword = password;
    return club;
}

} // namespace Club::Bench
