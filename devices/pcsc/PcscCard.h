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

    // response gets the full answer including SW1 SW2 (at least 2 bytes on success).
    PcscError transmit(const QByteArray &apdu, QByteArray *response);

    // True when the last transmit had to reconnect: card state (authentication) was lost.
    bool wasReset() const { return m_wasReset; }
    LONG lastCode() const { return m_lastCode; }

private:
    LONG transmitOnce(const QByteArray &apdu, QByteArray *response);
    LONG reconnect();

    const PcscContext &m_context;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    bool m_connected = false;
    bool m_wasReset = false;
    LONG m_lastCode = SCARD_S_SUCCESS;
};

} // namespace Club::Devices
