// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardSwipeCatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QRegularExpression>

namespace Club::Ui {

struct CardSwipeCatcher::Held
{
    QPointer<QObject> target;
    std::unique_ptr<QKeyEvent> event;
};

namespace {

// PC scan code set 1 (what Windows reports; X11 key codes are these plus 8) on a US
// keyboard: unshifted and shifted character. Only the keys a magstripe reader can type.
struct ScanKey
{
    quint32 code;
    char plain;
    char shifted;
};

constexpr ScanKey kUsLayout[] = {
    {0x02, '1', '!'}, {0x03, '2', '@'}, {0x04, '3', '#'}, {0x05, '4', '$'}, {0x06, '5', '%'},
    {0x07, '6', '^'}, {0x08, '7', '&'}, {0x09, '8', '*'}, {0x0A, '9', '('}, {0x0B, '0', ')'},
    {0x0C, '-', '_'}, {0x0D, '=', '+'}, {0x10, 'q', 'Q'}, {0x11, 'w', 'W'}, {0x12, 'e', 'E'},
    {0x13, 'r', 'R'}, {0x14, 't', 'T'}, {0x15, 'y', 'Y'}, {0x16, 'u', 'U'}, {0x17, 'i', 'I'},
    {0x18, 'o', 'O'}, {0x19, 'p', 'P'}, {0x1A, '[', '{'}, {0x1B, ']', '}'}, {0x1E, 'a', 'A'},
    {0x1F, 's', 'S'}, {0x20, 'd', 'D'}, {0x21, 'f', 'F'}, {0x22, 'g', 'G'}, {0x23, 'h', 'H'},
    {0x24, 'j', 'J'}, {0x25, 'k', 'K'}, {0x26, 'l', 'L'}, {0x27, ';', ':'}, {0x28, '\'', '"'},
    {0x29, '`', '~'}, {0x2B, '\\', '|'}, {0x2C, 'z', 'Z'}, {0x2D, 'x', 'X'}, {0x2E, 'c', 'C'},
    {0x2F, 'v', 'V'}, {0x30, 'b', 'B'}, {0x31, 'n', 'N'}, {0x32, 'm', 'M'}, {0x33, ',', '<'},
    {0x34, '.', '>'}, {0x35, '/', '?'}, {0x39, ' ', ' '},
};

QChar fromScanCode(quint32 nativeScanCode, bool shift)
{
    if (nativeScanCode == 0)
        return {};
    // xcb and wayland report X/evdev key codes, 8 above the PC scan code.
    const bool x11Codes = QGuiApplication::platformName() != QLatin1String("windows");
    const quint32 code = x11Codes ? nativeScanCode - 8 : nativeScanCode;
    for (const ScanKey &key : kUsLayout) {
        if (key.code == code)
            return QLatin1Char(shift ? key.shifted : key.plain);
    }
    return {};
}

bool isTrackChar(QChar c)
{
    return c.unicode() >= 0x20 && c.unicode() <= 0x7E;
}

} // namespace

CardSwipeCatcher::CardSwipeCatcher(QObject *parent)
    : QObject(parent)
{
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &CardSwipeCatcher::finishBurst);
}

CardSwipeCatcher::~CardSwipeCatcher() = default;

void CardSwipeCatcher::setMaxKeyGap(int ms)
{
    m_maxGap = qMax(5, ms);
}

void CardSwipeCatcher::setEnabled(bool enabled)
{
    if (!enabled && !m_held.empty())
        replay();
    m_enabled = enabled;
}

QChar CardSwipeCatcher::latinFor(const QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return QLatin1Char('\n');
    const QString text = event->text();
    if (text.size() != 1)
        return {};
    const QChar c = text.at(0);
    if (c.unicode() < 0x80)
        return isTrackChar(c) ? c : QChar();
    // Persian and Arabic-Indic digits typed by a reader under a Persian/Arabic layout.
    if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
        return QLatin1Char(char('0' + (c.unicode() - 0x06F0)));
    if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
        return QLatin1Char(char('0' + (c.unicode() - 0x0660)));
    if (c.unicode() == 0x066A) // ٪ ARABIC PERCENT SIGN, shift+5 in the Persian layout
        return QLatin1Char('%');
    return fromScanCode(event->nativeScanCode(), event->modifiers().testFlag(Qt::ShiftModifier));
}

bool CardSwipeCatcher::startsBurst(QChar c) const
{
    return c == QLatin1Char('%') || c == QLatin1Char(';');
}

bool CardSwipeCatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_replaying || !m_enabled)
        return false;
    if (event->type() == QEvent::KeyRelease)
        return !m_held.empty(); // a held press's release must not reach the widget alone
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->isAutoRepeat() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const QChar c = latinFor(key);

    if (m_held.empty()) {
        if (c.isNull() || !startsBurst(c))
            return false;
        hold(watched, key, c);
        return true;
    }
    if (c.isNull() || m_sinceLastKey.elapsed() > m_maxGap) {
        // Not a reader after all: give the keys back, then let this one pass normally.
        replay();
        if (!c.isNull() && startsBurst(c)) {
            hold(watched, key, c);
            return true;
        }
        return false;
    }
    hold(watched, key, c);
    return true;
}

void CardSwipeCatcher::hold(QObject *target, const QKeyEvent *event, QChar c)
{
    auto held = std::make_unique<Held>();
    held->target = target;
    held->event.reset(event->clone());
    m_held.push_back(std::move(held));
    m_buffer.append(c);
    m_sinceLastKey.start();
    m_gapTimer.start(m_maxGap);
}

void CardSwipeCatcher::finishBurst()
{
    // Complete tracks: a start sentinel, at least one data character, the end sentinel.
    static const QRegularExpression track(QStringLiteral("%[ -~]+?\\?|;[0-9:<=>]+?\\?"));
    QStringList tracks;
    QString rest = m_buffer;
    rest.remove(QLatin1Char('\n'));
    auto it = track.globalMatch(rest);
    qsizetype covered = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tracks.append(match.captured());
        covered += match.capturedLength();
    }
    // A person who types "%50?" fast is unlikely; a reader never leaves stray characters
    // between tracks. Anything else goes back to the widgets.
    if (tracks.isEmpty() || covered != rest.size()) {
        replay();
        return;
    }
    reset();
    emit swiped(tracks);
}

void CardSwipeCatcher::replay()
{
    m_gapTimer.stop();
    auto held = std::move(m_held);
    reset();
    m_replaying = true;
    for (const auto &h : held) {
        if (!h->target)
            continue;
        QCoreApplication::sendEvent(h->target, h->event.get());
        QKeyEvent release(QEvent::KeyRelease, h->event->key(), h->event->modifiers(), h->event->text());
        QCoreApplication::sendEvent(h->target, &release);
    }
    m_replaying = false;
}

void CardSwipeCatcher::reset()
{
    m_gapTimer.stop();
    m_held.clear();
    m_buffer.clear();
}

} // namespace Club::Ui
