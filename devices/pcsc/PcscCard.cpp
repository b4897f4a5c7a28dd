// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PcscCard.h"
#include "PcscLog.h"

#include <QDeadlineTimer>
#include <QThread>

namespace Club::Devices {

namespace {
// Long enough for a 256-byte answer plus the status word and a reader's extras.
constexpr DWORD MaxResponse = 258 + 16;
// pcscd learns of a removal by polling the reader (every 400 ms for vpcd and other readers
// without interrupts), so its status may lag the failed exchange; give it two and a half
// poll periods to agree before calling the failure a removal. Only failures pay this.
constexpr int RemovalCheckMs = 1000;
constexpr int RemovalPollMs = 50;
} // namespace

PcscCard::PcscCard(const PcscContext &context)
    : m_context(context)
{}

PcscCard::~PcscCard()
{
    disconnect();
}

PcscError PcscCard::connect(const QString &reader, int timeoutMs)
{
    disconnect();
    if (!m_context.isValid())
        return PcscError::NotConnected;
    if (timeoutMs > 0) {
        if (const PcscError error = m_context.waitForCard(reader, timeoutMs); error != PcscError::None)
            return error;
    }
    const QByteArray name = reader.toUtf8();
    m_lastCode = SCardConnect(m_context.handle(), name.constData(), SCARD_SHARE_SHARED,
                              SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &m_card, &m_protocol);
    m_connected = m_lastCode == SCARD_S_SUCCESS;
    if (!m_connected)
        qCInfo(lcPcsc, "SCardConnect failed: 0x%08lX", static_cast<unsigned long>(m_lastCode));
    return pcscErrorFromCode(m_lastCode);
}

void PcscCard::disconnect()
{
    if (m_connected) {
        if (m_inTransaction)
            SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
        SCardDisconnect(m_card, SCARD_LEAVE_CARD);
    }
    m_connected = false;
    m_inTransaction = false;
    m_card = 0;
}

PcscError PcscCard::beginTransaction()
{
    if (!m_connected)
        return PcscError::NotConnected;
    if (m_inTransaction)
        return PcscError::None;
    m_lastCode = SCardBeginTransaction(m_card);
    if (m_lastCode == SCARD_W_RESET_CARD) {
        m_wasReset = true;
        m_lastCode = reconnect();
        if (m_lastCode == SCARD_S_SUCCESS)
            m_lastCode = SCardBeginTransaction(m_card);
    }
    if (m_lastCode != SCARD_S_SUCCESS) {
        qCInfo(lcPcsc, "SCardBeginTransaction failed: 0x%08lX", static_cast<unsigned long>(m_lastCode));
        return failure(m_lastCode);
    }
    m_inTransaction = true;
    return PcscError::None;
}

void PcscCard::endTransaction()
{
    if (m_connected && m_inTransaction)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    m_inTransaction = false;
}

bool PcscCard::cardGone()
{
    const QDeadlineTimer deadline(RemovalCheckMs);
    for (;;) {
        DWORD state = 0;
        DWORD protocol = 0;
        DWORD readerLen = 0;
        QByteArray atr(MAX_ATR_SIZE, '\0');
        DWORD atrLen = MAX_ATR_SIZE;
        const LONG rc = SCardStatus(m_card, nullptr, &readerLen, &state, &protocol,
                                    reinterpret_cast<LPBYTE>(atr.data()), &atrLen);
        if (rc == SCARD_W_REMOVED_CARD || rc == SCARD_E_NO_SMARTCARD || (rc == SCARD_S_SUCCESS && (state & SCARD_ABSENT)))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(RemovalPollMs);
    }
}

PcscError PcscCard::failure(LONG code)
{
    switch (code) {
    case SCARD_W_REMOVED_CARD:
    case SCARD_E_NO_SMARTCARD:
        disconnect();
        return PcscError::CardRemoved;
    case SCARD_E_NOT_TRANSACTED:
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_COMM_DATA_LOST:
        // The reader lost the exchange: a removal only if pcscd confirms it; otherwise we
        // cannot tell a pulled card from a flaky one.
        if (cardGone()) {
            disconnect();
            return PcscError::CardRemoved;
        }
        return PcscError::CardUnresponsive;
    default:
        return pcscErrorFromCode(code);
    }
}

QByteArray PcscCard::atr() const
{
    if (!m_connected)
        return {};
    QByteArray atr(MAX_ATR_SIZE, '\0');
    DWORD atrLen = MAX_ATR_SIZE;
    DWORD state = 0;
    DWORD protocol = 0;
    DWORD readerLen = 0;
    if (SCardStatus(m_card, nullptr, &readerLen, &state, &protocol, reinterpret_cast<LPBYTE>(atr.data()), &atrLen) !=
        SCARD_S_SUCCESS)
        return {};
    atr.truncate(qsizetype(atrLen));
    return atr;
}

LONG PcscCard::reconnect()
{
    DWORD protocol = 0;
    const LONG rc =
        SCardReconnect(m_card, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, SCARD_LEAVE_CARD, &protocol);
    if (rc == SCARD_S_SUCCESS)
        m_protocol = protocol;
    return rc;
}

LONG PcscCard::transmitOnce(const QByteArray &apdu, QByteArray *response)
{
    LONG rc = SCARD_S_SUCCESS;
    if (!m_inTransaction) {
        rc = SCardBeginTransaction(m_card);
        if (rc != SCARD_S_SUCCESS)
            return rc;
    }
    const SCARD_IO_REQUEST *pci = m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    QByteArray buffer(qsizetype(MaxResponse), '\0');
    DWORD length = MaxResponse;
    rc = SCardTransmit(m_card, pci, reinterpret_cast<LPCBYTE>(apdu.constData()), DWORD(apdu.size()), nullptr,
                       reinterpret_cast<LPBYTE>(buffer.data()), &length);
    if (!m_inTransaction)
        SCardEndTransaction(m_card, SCARD_LEAVE_CARD);
    if (rc == SCARD_S_SUCCESS) {
        buffer.truncate(qsizetype(length));
        *response = buffer;
    }
    return rc;
}

PcscError PcscCard::transmit(const QByteArray &apdu, QByteArray *response)
{
    response->clear();
    m_wasReset = false;
    if (!m_connected)
        return PcscError::NotConnected;
    if (apdu.size() < 4)
        return PcscError::InvalidArgument;
    m_lastCode = transmitOnce(apdu, response);
    if (m_lastCode == SCARD_W_RESET_CARD) {
        // Another application reset the card: reconnect once and retry, and tell the
        // caller, because anything the card held (MIFARE authentication) is gone.
        m_wasReset = true;
        qCInfo(lcPcsc, "card was reset by another application; reconnecting");
        m_lastCode = reconnect();
        if (m_lastCode == SCARD_S_SUCCESS)
            m_lastCode = transmitOnce(apdu, response);
    }
    if (m_lastCode != SCARD_S_SUCCESS) {
        qCInfo(lcPcsc, "SCardTransmit failed: 0x%08lX", static_cast<unsigned long>(m_lastCode));
        // A reset that could not be answered by a reconnect ends here with the reconnect's
        // code (no card, removed): failure() maps it like any other removal.
        return failure(m_lastCode);
    }
    // vpcd (and flaky readers) report success with an empty answer when the card leaves
    // mid-exchange: without SW1 SW2 nothing was confirmed.
    if (response->size() < 2) {
        qCInfo(lcPcsc, "answer shorter than a status word (%d bytes)", int(response->size()));
        response->clear();
        if (cardGone()) {
            disconnect();
            return PcscError::CardRemoved;
        }
        return PcscError::ShortResponse;
    }
    return PcscError::None;
}

} // namespace Club::Devices
