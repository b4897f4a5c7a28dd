// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/CardLayout.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace Club::Ui {

// One side of a card drawn by the same renderer that prints it, with the stripe band and
// other keep-out areas shaded. A click selects the topmost element under the pointer; a
// drag moves it. The card is never mirrored, whatever the layout direction.
class CardPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CardPreview(QWidget *parent = nullptr);

    void display(const Devices::CardLayout &layout, Devices::CardSide side, const Devices::CardFields &fields);
    void setSelected(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void elementClicked(int index); // -1: the card itself
    void elementDragged(int index, const QPointF &topLeftMm);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF cardRect() const;
    QPointF toMm(const QPointF &widgetPos) const;

    Devices::CardLayout m_layout;
    Devices::CardSide m_side = Devices::CardSide::Front;
    Devices::CardFields m_fields;
    int m_selected = -1;
    int m_dragging = -1;
    QPointF m_pressMm;
    QPointF m_startTopLeftMm;
};

} // namespace Club::Ui
