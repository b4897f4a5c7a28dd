// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Actor.h"

#include <QObject>

namespace Club::Core {
class Database;
class AuthService;
class MemberService;
class CardService;
class LedgerService;
} // namespace Club::Core

namespace Club::Ui {

// What every page and dialog needs: the services (never the database itself) and the
// operator who is logged in. Made once in app/ and passed down.
class UiContext : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        Core::AuthService *auth = nullptr;
        Core::MemberService *members = nullptr;
        Core::CardService *cards = nullptr;
        Core::LedgerService *ledger = nullptr;
    };

    explicit UiContext(const Services &services, QObject *parent = nullptr);

    Core::AuthService &auth() const { return *m_services.auth; }
    Core::MemberService &members() const { return *m_services.members; }
    Core::CardService &cards() const { return *m_services.cards; }
    Core::LedgerService &ledger() const { return *m_services.ledger; }

    const Core::Actor &actor() const { return m_actor; }
    void setActor(const Core::Actor &actor);
    bool can(Core::Permission permission) const;

Q_SIGNALS:
    void actorChanged();
    // Any page may ask the window to show a member (after a search, a card number...).
    void openMemberRequested(qint64 memberId);

private:
    Services m_services;
    Core::Actor m_actor;
};

} // namespace Club::Ui
