package com.partnershipgovernance.benchmark;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HTTP server on a free local port for the load generators' tests; stops with its handler threads. */
final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers;

    /** Serves every path with {@code handler} on {@code threads} threads. */
    LocalHttpServer(int threads, HttpHandler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        handlers = Executors.newFixedThreadPool(threads);
        server.setExecutor(handlers);
        server.createContext("/", handler);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
