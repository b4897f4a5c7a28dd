// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PcscContext.h"
#include "PcscLog.h"

#include <QDeadlineTimer>
#include <QRegularExpression>


namespace Club::Devices {

Q_LOGGING_CATEGORY(lcPcsc, "club.devices.pcsc")

PcscError pcscErrorFromCode(LONG code)
{
    switch (code) {
    case SCARD_S_SUCCESS:
        return PcscError::None;
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_E_INVALID_HANDLE:
        return PcscError::NoService;
    case SCARD_E_NO_READERS_AVAILABLE:
        return PcscError::NoReaders;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return PcscError::ReaderNotFound;
    case SCARD_E_NO_SMARTCARD:
        return PcscError::NoCard;
    case SCARD_W_REMOVED_CARD:
        return PcscError::CardRemoved;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
        return PcscError::CardUnresponsive;
    case SCARD_E_SHARING_VIOLATION:
        return PcscError::SharingViolation;
    case SCARD_E_TIMEOUT:
        return PcscError::Timeout;
    case SCARD_E_INVALID_PARAMETER:
    case SCARD_E_INVALID_VALUE:
    case SCARD_E_INSUFFICIENT_BUFFER:
        return PcscError::InvalidArgument;
    default:
        return PcscError::Failed;
    }
}

PcscContext::PcscContext() = default;

PcscContext::~PcscContext()
{
    release();
}

PcscError PcscContext::establish()
{
    release();
    m_lastCode = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &m_context);
    m_valid = m_lastCode == SCARD_S_SUCCESS;
    if (!m_valid)
        qCWarning(lcPcsc, "SCardEstablishContext failed: 0x%08lX", static_cast<unsigned long>(m_lastCode));
    return pcscErrorFromCode(m_lastCode);
}

void PcscContext::release()
{
    if (m_valid)
        SCardReleaseContext(m_context);
    m_valid = false;
    m_context = 0;
}

PcscError PcscContext::readers(QStringList *names) const
{
    names->clear();
    if (!m_valid)
        return PcscError::NotConnected;
    DWORD size = 0;
    m_lastCode = SCardListReaders(m_context, nullptr, nullptr, &size);
    if (m_lastCode != SCARD_S_SUCCESS)
        return pcscErrorFromCode(m_lastCode);
    QByteArray buffer(qsizetype(size), '\0');
    m_lastCode = SCardListReaders(m_context, nullptr, buffer.data(), &size);
    if (m_lastCode != SCARD_S_SUCCESS)
        return pcscErrorFromCode(m_lastCode);
    // A multi-string: names separated by NUL, ended by an empty name.
    for (const QByteArray &name : buffer.left(qsizetype(size)).split('\0')) {
        if (!name.isEmpty())
            names->append(QString::fromUtf8(name));
    }
    return names->isEmpty() ? PcscError::NoReaders : PcscError::None;
}

QString PcscContext::matchReader(const QString &pattern, const QStringList &readers)
{
    if (pattern.isEmpty())
        return readers.value(0);
    // Only * and ? are special: reader names carry brackets and dots that a regular
    // expression (or Qt's file-name wildcards) would misread.
    QString regex;
    for (const QChar c : pattern) {
        if (c == u'*')
            regex.append(QLatin1String(".*"));
        else if (c == u'?')
            regex.append(u'.');
        else
            regex.append(QRegularExpression::escape(QString(c)));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    for (const QString &candidate : readers) {
        if (re.match(candidate).hasMatch())
            return candidate;
    }
    return {};
}

PcscError PcscContext::findReader(const QString &pattern, QString *name) const
{
    name->clear();
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid())
        return PcscError::InvalidArgument;
    QStringList names;
    if (const PcscError error = readers(&names); error != PcscError::None)
        return error;
    for (const QString &candidate : std::as_const(names)) {
        if (re.match(candidate).hasMatch()) {
            *name = candidate;
            return PcscError::None;
        }
    }
    return PcscError::ReaderNotFound;
}

PcscError PcscContext::waitForCard(const QString &reader, int timeoutMs) const
{
    if (!m_valid)
        return PcscError::NotConnected;
    const QByteArray readerName = reader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = readerName.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const auto remaining = DWORD(qMax<qint64>(0, deadline.remainingTime()));
        m_lastCode = SCardGetStatusChange(m_context, remaining, &state, 1);
        if (m_lastCode == SCARD_E_TIMEOUT)
            return PcscError::NoCard;
        if (m_lastCode != SCARD_S_SUCCESS)
            return pcscErrorFromCode(m_lastCode);
        if (state.dwEventState & SCARD_STATE_UNKNOWN)
            return PcscError::ReaderNotFound;
        if ((state.dwEventState & SCARD_STATE_PRESENT) && !(state.dwEventState & SCARD_STATE_MUTE))
            return PcscError::None;
        if (deadline.hasExpired())
            return PcscError::NoCard;
        state.dwCurrentState = state.dwEventState & ~SCARD_STATE_CHANGED;
    }
}

} // namespace Club::Devices
