// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PcscContext.h"

#include <QByteArray>

namespace Club::Devices {

// One connection to the card on one reader (shared mode, T=0 or T=1). Every exchange
// runs inside a card transaction so another process cannot interleave APDUs, and a
// card reset by someone else is answered by one reconnect and one retry.
class PcscCard
{
public:
    explicit PcscCard(const PcscContext &context);
    ~PcscCard();
    PcscCard(const PcscCard &) = delete;
    PcscCard &operator=(const PcscCard &) = delete;

    // Waits up to timeoutMs for a card on the reader, then connects.
    PcscError connect(const QString &reader, int timeoutMs = 0);
    void disconnect();
    bool isConnected() const { return m_connected; }
    QByteArray atr() const;

    // Holds the card for a run of exchanges (a PcscStation job): transmit() then runs inside
    // this transaction instead of one per APDU. Blocks while another process holds the card.
    PcscError beginTransaction();
    void endTransaction();
    bool inTransaction() const { return m_inTransaction; }

    // response gets the full answer including SW1 SW2 (at least 2 bytes on success).
    // A card taken away during the exchange gives CardRemoved when pcscd confirms the
    // removal; an unconfirmed failure stays CardUnresponsive or ShortResponse.
    PcscError transmit(const QByteArray &apdu, QByteArray *response);

    // True when the last transmit had to reconnect: card state (authentication) was lost.
    bool wasReset() const { return m_wasReset; }
    LONG lastCode() const { return m_lastCode; }

private:
    LONG transmitOnce(const QByteArray &apdu, QByteArray *response);
    LONG reconnect();
    PcscError failure(LONG code);
    bool cardGone();

    const PcscContext &m_context;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    bool m_connected = false;
    bool m_wasReset = false;
    bool m_inTransaction = false;
    LONG m_lastCode = SCARD_S_SUCCESS;
};

} // namespace Club::Devices
