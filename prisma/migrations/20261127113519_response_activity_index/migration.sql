-- CreateIndex
CREATE INDEX "response_attempt_id_answered_at_idx" ON "response"("attempt_id", "answered_at");
