package com.partnershipgovernance.benchmark;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The load generators' HTTP client: Vert.x on one event loop with a bounded pool of keep-alive connections.
 * The JDK's {@code java.net.http} client had cost the benchmark JVM half a core at 1,300 requests/s on the same
 * two cores as the services it measured; an event loop costs a small fraction of that.
 */
public final class LoadClient implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;

    /**
     * @param connections the most connections open at once; further requests wait for one (and their latency
     *                    includes that wait)
     */
    public LoadClient(int connections) {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** Sends {@code call}; completes with the answer's status once its body has been read, or fails. */
    public CompletionStage<Integer> send(Call call, Duration timeout) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(call.method()))
                .setAbsoluteURI(call.url()).setTimeout(timeout.toMillis());
        call.headers().forEach(options::putHeader);
        return client.request(options)
                .compose(request -> call.body() == null ? request.send() : request.send(call.body()))
                .compose(response -> response.body().map(body -> response.statusCode()))
                .toCompletionStage();
    }

    @Override
    public void close() {
        // closing Vert.x closes the client and its connections
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing is best effort: the run's figures are already taken
        }
    }
}
