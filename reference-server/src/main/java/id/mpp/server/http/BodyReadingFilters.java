package id.mpp.server.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import java.util.concurrent.Executor;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * What a server filter that binds the request body ({@code @Body} in a {@code @RequestFilter}) must do in Micronaut
 * 4.10 so that the route can bind the same body after it: hand the request on in a task of its own on the request's
 * event loop.
 *
 * <p>Why: the request body's shared buffer ({@code BaseSharedBuffer}) belongs to the event loop and is not
 * re-entrant. When a filter's body binding finds the body complete, the buffer completes the filter's argument
 * <em>inside</em> its own bookkeeping; a filter that then returns synchronously lets the route bind the body while
 * that bookkeeping is still open (an {@code AssertionError} under {@code -ea}, intermittent 500s without), and a
 * filter on a blocking thread ({@code @ExecuteOn}) lets the route bind it concurrently with the event loop. Both
 * were seen in this project's tests. A filter that reads the body therefore takes a reactive continuation
 * ({@code FilterContinuation<Publisher<HttpResponse<?>>>}) and proceeds on {@link #eventLoop(HttpRequest)}:
 * {@code Mono.defer(() -> Mono.from(continuation.proceed())).subscribeOn(eventLoop(request))}, which runs the rest
 * of the chain after the buffer is done. (Not an empty publisher as a filter's answer: Micronaut mistakes it for a
 * broken filter.)
 */
public final class BodyReadingFilters {

    private BodyReadingFilters() {
    }

    /** A scheduler that runs tasks on the event loop of the request's connection, each as a task of its own. */
    public static Scheduler eventLoop(HttpRequest<?> request) {
        return Schedulers.fromExecutor(eventLoopExecutor(request));
    }

    private static Executor eventLoopExecutor(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            return netty.getChannelHandlerContext().channel().eventLoop();
        }
        return Runnable::run;
    }
}
