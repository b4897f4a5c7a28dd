// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CardPreview.h"

#include "printing/CardRenderer.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace Club::Ui {

using Devices::CardLayout;

namespace {
constexpr qreal kMarginPx = 12;
constexpr qreal kSnapMm = 0.5; // drags land on half millimetres, as the spin boxes show them
} // namespace

CardPreview::CardPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::NoFocus);
    // The card is a physical object: it reads the same in every language.
    setLayoutDirection(Qt::LeftToRight);
}

void CardPreview::display(const CardLayout &layout, Devices::CardSide side, const Devices::CardFields &fields)
{
    m_layout = layout;
    m_side = side;
    m_fields = fields;
    update();
}

void CardPreview::setSelected(int index)
{
    m_selected = index;
    update();
}

QSize CardPreview::sizeHint() const
{
    return QSize(520, heightForWidth(520));
}

QSize CardPreview::minimumSizeHint() const
{
    return QSize(300, heightForWidth(300));
}

int CardPreview::heightForWidth(int width) const
{
    return int(std::ceil((width - 2 * kMarginPx) * CardLayout::HeightMm / CardLayout::WidthMm + 2 * kMarginPx));
}

QRectF CardPreview::cardRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kMarginPx, kMarginPx, -kMarginPx, -kMarginPx);
    const qreal scale = qMin(area.width() / CardLayout::WidthMm, area.height() / CardLayout::HeightMm);
    QRectF card(0, 0, CardLayout::WidthMm * scale, CardLayout::HeightMm * scale);
    card.moveCenter(area.center());
    return card;
}

QPointF CardPreview::toMm(const QPointF &widgetPos) const
{
    const QRectF card = cardRect();
    const qreal scale = card.width() / CardLayout::WidthMm;
    return (widgetPos - card.topLeft()) / scale;
}

void CardPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = cardRect();
    painter.fillRect(rect(), palette().window());
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 40));
    painter.drawRoundedRect(card.translated(3, 3), 8, 8);
    Devices::CardRenderer::render(painter, card, m_layout, m_side, m_fields,
                                  Devices::CardRenderer::Option::ShowKeepOutZones);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawRect(card);

    const QList<Devices::CardElement> &elements = m_layout.side(m_side).elements;
    if (m_selected >= 0 && m_selected < elements.size()) {
        const qreal scale = card.width() / CardLayout::WidthMm;
        const QRectF r = elements.at(m_selected).rectMm;
        const QRectF onScreen(card.topLeft() + r.topLeft() * scale, r.size() * scale);
        painter.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
        painter.drawRect(onScreen.adjusted(-1, -1, 1, 1));
    }
}

void CardPreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPointF mm = toMm(event->position());
    const QList<Devices::CardElement> &elements = m_layout.side(m_side).elements;
    // The list is in drawing order, so the last hit is the one on top.
    int hit = -1;
    for (int i = elements.size() - 1; i >= 0 && hit < 0; --i) {
        if (elements.at(i).rectMm.contains(mm))
            hit = i;
    }
    m_dragging = hit;
    m_pressMm = mm;
    if (hit >= 0)
        m_startTopLeftMm = elements.at(hit).rectMm.topLeft();
    Q_EMIT elementClicked(hit);
}

void CardPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0 || !(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    const QPointF moved = m_startTopLeftMm + (toMm(event->position()) - m_pressMm);
    const QPointF snapped(std::round(moved.x() / kSnapMm) * kSnapMm, std::round(moved.y() / kSnapMm) * kSnapMm);
    Q_EMIT elementDragged(m_dragging, snapped);
}

} // namespace Club::Ui
