package org.tongban.coordination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What a higher office tells lower ones to do, by when; optionally about one item or one figure. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "sender_id")
    private Long senderId;

    @Column(name = "sender_jurisdiction")
    private String senderJurisdiction;

    @Column(name = "subject")
    private String subject;

    @Column(name = "body")
    private String body;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "figure")
    private String figure;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    protected Directive() {
    }

    public Directive(long senderId, String senderJurisdiction, String subject, String body, String itemCode, String figure,
            LocalDate dueOn, String idempotencyKey) {
        this.senderId = senderId;
        this.senderJurisdiction = senderJurisdiction;
        this.subject = subject;
        this.body = body;
        this.itemCode = itemCode;
        this.figure = figure;
        this.dueOn = dueOn;
        this.sentAt = Instant.now();
        this.idempotencyKey = idempotencyKey;
    }

    public Long id() {
        return id;
    }

    public Long senderId() {
        return senderId;
    }

    public String senderJurisdiction() {
        return senderJurisdiction;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String itemCode() {
        return itemCode;
    }

    public String figure() {
        return figure;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }
}
