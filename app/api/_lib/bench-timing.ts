// Under `npm run bench:submit` (NEWSQUIZ_BENCH=1) the answer routes report how long their handler
// took in a Server-Timing header, so the benchmark can tell time spent in our code from time spent
// queued in front of it. Never set otherwise.
type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withBenchTiming<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    if (process.env.NEWSQUIZ_BENCH !== '1') return handler(request, context);
    const started = performance.now();
    const response = await handler(request, context);
    response.headers.set('server-timing', `handler;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  };
}
