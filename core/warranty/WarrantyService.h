// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Warranty.h"
#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

namespace Club::Core {

class Database;
class CardService;
class MemberService;

// Warranties of sold items and their after-sales service log.
//
// A warranty is registered for a sale line (product, member and start from the sale) or,
// for an item sold before the club, for a product and member directly. It carries the
// serial number (one product's serial is registered once), the period in months (the
// product's default unless given) and optionally a card: a warranty card of the member or
// the member's own card, so a swipe finds it. Service events are appended, never edited;
// the status is derived from them and the dates (see WarrantyStatus).
//
// Permissions: reads need WarrantyRead; registering needs WarrantyRegister; events need
// WarrantyServiceLog; a product's default period needs CatalogManage.
class WarrantyService : public QObject
{
    Q_OBJECT

public:
    WarrantyService(Database &db, CardService &cards, MemberService &members, const Clock &clock = Clock::system(),
                    QObject *parent = nullptr);

    // The product's default period in months; 0 when it has none.
    Result<int> defaultMonths(const Actor &actor, Id productId) const;
    // months 0 removes the default.
    Status setDefaultMonths(const Actor &actor, Id productId, int months);

    // Refused (Duplicate, field "serialNo") when the product's serial is already registered.
    Result<Warranty> registerWarranty(const Actor &actor, const WarrantyDraft &draft);
    // `at` invalid: now. Refused after a replacement, "received" while in service, and the
    // workshop steps (diagnosed, repaired, returned) while the item is not in service.
    Result<WarrantyEvent> logEvent(const Actor &actor, Id warrantyId, WarrantyEventKind kind, const QString &note,
                                   const QDateTime &at = {});

    Result<Warranty> warranty(const Actor &actor, Id warrantyId) const; // with its events
    Result<QList<Warranty>> ofMember(const Actor &actor, Id memberId) const;
    // A warranty card's warranties; for any other card, its member's warranties.
    Result<QList<Warranty>> ofCard(const Actor &actor, Id cardId) const;
    // Serial numbers containing `text` (any case, digits of any script), or the warranties
    // of the card with this number.
    Result<QList<Warranty>> search(const Actor &actor, const QString &text) const;
    // Warranties ending within `days` from now (not replaced), soonest first.
    Result<QList<Warranty>> expiring(const Actor &actor, int days) const;

    // How serial numbers are stored: trimmed, ASCII digits, upper case.
    static QString normalizeSerial(const QString &serial);

Q_SIGNALS:
    void warrantyChanged(qint64 warrantyId, qint64 memberId);

private:
    Database &m_db;
    CardService &m_cards;
    MemberService &m_members;
    const Clock &m_clock;
    AuditLog m_audit;
};

} // namespace Club::Core
